import {
  AppError,
  type NotificationChannelDto,
  type NotificationChannelInput,
  type NotificationDto,
  type NotificationKind,
  type NotificationPageDto,
  type NotificationsQuery,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './notification.repository.ts';

const me = (rc: RequestContext) => {
  if (!rc.actor) throw new AppError('AUTH_REQUIRED');
  return rc.actor.userId;
};

const present = (n: Awaited<ReturnType<typeof repo.listForUser>>['items'][number]): NotificationDto => ({
  id: n.id,
  kind: n.kind as NotificationKind,
  title: n.title,
  body: n.body,
  hazardId: n.hazard_id,
  alarmId: n.alarm_id,
  createdAt: n.created_at.toISOString(),
  readAt: n.read_at?.toISOString() ?? null,
});

/** The signed-in user's in-app notifications (站内消息), newest first, with the unread count. */
export async function listNotifications(
  ctx: AppContext,
  rc: RequestContext,
  q: NotificationsQuery,
): Promise<NotificationPageDto> {
  const { items, total, unread } = await repo.listForUser(ctx.db, me(rc), q);
  return { items: items.map(present), total, unread, page: q.page, pageSize: q.pageSize };
}

/** Marks one of the user's notifications read; another user's is 404. Reading is not audited (no business change). */
export async function markRead(ctx: AppContext, rc: RequestContext, id: string) {
  const userId = me(rc);
  if (!(await repo.markRead(ctx.db, userId, id))) throw new AppError('NOT_FOUND', '消息不存在');
  return { unread: await repo.unreadCount(ctx.db, userId) };
}

export async function markAllRead(ctx: AppContext, rc: RequestContext) {
  await repo.markAllRead(ctx.db, me(rc));
  return { unread: 0 };
}

/**
 * Inside the caller's transaction (a step of the hazard loop, a monitoring alarm): one notification per
 * recipient (once per event or alarm and user: a repeat is skipped) and, while
 * the outbound channel is on, one outbox row each. Returns the outbox rows for `dispatchAfterCommit`.
 */
export async function notifyUsers(
  trx: Db,
  n: repo.NewNotification & { kind: NotificationKind },
  userIds: readonly string[],
): Promise<string[]> {
  const ids = await repo.insertForUsers(trx, n, [...new Set(userIds)]);
  if (ids.length === 0) return [];
  const channel = await repo.loadChannel(trx);
  return channel.enabled && channel.url ? repo.insertDeliveries(trx, ids) : [];
}

async function presentChannel(db: Db, c: repo.StoredChannel): Promise<NotificationChannelDto> {
  return {
    enabled: c.enabled,
    kind: c.kind,
    url: c.url,
    hasSecret: !!c.secret,
    ...(await repo.outboxState(db)),
  };
}

export async function getChannel(ctx: AppContext): Promise<NotificationChannelDto> {
  return presentChannel(ctx.db, await repo.loadChannel(ctx.db));
}

/** The system administrator sets the outbound channel; audited, the secret redacted. */
export async function updateChannel(
  ctx: AppContext,
  rc: RequestContext,
  input: NotificationChannelInput,
): Promise<NotificationChannelDto> {
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.loadChannel(trx);
    const next: repo.StoredChannel = {
      enabled: input.enabled,
      kind: input.kind,
      url: input.url,
      secret:
        input.secret === undefined
          ? before.secret
          : input.secret === null
            ? null
            : ctx.secrets.seal(input.secret),
    };
    await repo.saveChannel(trx, next);
    const shown = (c: repo.StoredChannel) => ({
      enabled: c.enabled,
      kind: c.kind,
      url: c.url,
      hasSecret: !!c.secret,
    });
    await ctx.audit(trx, rc, {
      eventType: 'system',
      action: 'notification.channel_update',
      objectType: 'setting',
      objectId: 'notification.channel',
      diff: { before: shown(before), after: shown(next) },
    });
    return next;
  });
  return presentChannel(ctx.db, saved);
}
