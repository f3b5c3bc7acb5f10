import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { NotificationsQuery } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

const CHANNEL_KEY = 'notification.channel';

/** The outbound channel as stored in `setting` (the secret sealed with the app's secret box). */
export interface StoredChannel {
  enabled: boolean;
  kind: 'webhook';
  url: string | null;
  secret: string | null;
}
export const channelOff: StoredChannel = { enabled: false, kind: 'webhook', url: null, secret: null };

export async function loadChannel(db: Db): Promise<StoredChannel> {
  const row = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', CHANNEL_KEY)
    .executeTakeFirst();
  return row ? { ...channelOff, ...(row.value as Partial<StoredChannel>) } : channelOff;
}

export async function saveChannel(trx: Db, value: StoredChannel): Promise<void> {
  const json = JSON.stringify(value);
  await trx
    .insertInto('setting')
    .values({ key: CHANNEL_KEY, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: new Date() }))
    .execute();
}

// ---- the inbox -------------------------------------------------------------------------------------

export async function listForUser(db: Db, userId: string, q: NotificationsQuery) {
  let list = db.selectFrom('notification').where('user_id', '=', userId);
  if (q.unread === 'true') list = list.where('read_at', 'is', null);
  if (q.unread === 'false') list = list.where('read_at', 'is not', null);
  const [items, total, unread] = await Promise.all([
    list
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    list.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    unreadCount(db, userId),
  ]);
  return { items, total: total.n, unread };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('notification')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: Db, userId: string, id: string): Promise<boolean> {
  const row = await db
    .updateTable('notification')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

// ---- writing: a step of the loop, a monitoring alarm -------------------------------------------------

export interface NewNotification {
  hazardId?: string | null;
  eventId?: number | null;
  alarmId?: string | null;
  kind: string;
  title: string;
  body: string;
}

/**
 * One notification per recipient for a step's event or an alarm (unique per event or alarm and user: a
 * repeat is skipped); returns the ids of those written.
 */
export async function insertForUsers(trx: Db, n: NewNotification, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await trx
    .insertInto('notification')
    .values(
      userIds.map((user_id) => ({
        id: crypto.randomUUID(),
        user_id,
        hazard_id: n.hazardId ?? null,
        event_id: n.eventId ?? null,
        alarm_id: n.alarmId ?? null,
        kind: n.kind,
        title: n.title,
        body: n.body,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

// ---- the outbox -------------------------------------------------------------------------------------

export async function insertDeliveries(trx: Db, notificationIds: string[]): Promise<string[]> {
  if (notificationIds.length === 0) return [];
  const rows = await trx
    .insertInto('notification_delivery')
    .values(
      notificationIds.map((notification_id) => ({
        id: crypto.randomUUID(),
        notification_id,
        channel: 'webhook' as const,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Claims a pending delivery whose time has come for one attempt (a lease of `leaseMs`), so the sender
 * after commit and the retry job never send the same row at once. Returns what the POST carries.
 */
export async function claimDelivery(db: Db, id: string, leaseMs: number) {
  const claimed = await db
    .updateTable('notification_delivery')
    .set({ next_attempt_at: new Date(Date.now() + leaseMs), attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', new Date())
    .returning(['id', 'attempts'])
    .executeTakeFirst();
  if (!claimed) return undefined;
  const n = await db
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .innerJoin('app_user as u', 'u.id', 'n.user_id')
    .select([
      'n.id',
      'n.kind',
      'n.title',
      'n.body',
      'n.hazard_id',
      'n.created_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.role_code',
    ])
    .where('d.id', '=', id)
    .executeTakeFirstOrThrow();
  return { attempts: claimed.attempts, n };
}

export async function recordAttempt(
  db: Db,
  id: string,
  result: { ok: true } | { ok: false; error: string; retryAt: Date | null },
): Promise<void> {
  await db
    .updateTable('notification_delivery')
    .set(
      result.ok
        ? { status: 'sent', sent_at: new Date(), last_error: null }
        : result.retryAt
          ? { last_error: result.error, next_attempt_at: result.retryAt }
          : { status: 'failed', last_error: result.error },
    )
    .where('id', '=', id)
    .execute();
}

export async function duePending(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('notification_delivery')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function outboxState(db: Db) {
  const [counts, last] = await Promise.all([
    db
      .selectFrom('notification_delivery')
      .select([
        sql<number>`count(*) FILTER (WHERE status = 'pending')::int`.as('pending'),
        sql<number>`count(*) FILTER (WHERE status = 'failed')::int`.as('failed'),
        sql<number>`count(*) FILTER (WHERE status = 'sent')::int`.as('sent'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('notification_delivery')
      .select('last_error')
      .where('last_error', 'is not', null)
      .orderBy('next_attempt_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { outbox: counts, lastError: last?.last_error ?? null };
}
