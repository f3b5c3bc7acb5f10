import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface NotificationFilter {
  userId: string;
  /** true: unread only; false: read only; undefined: all. */
  unread?: boolean;
}

const mine = (db: Db, f: NotificationFilter) => {
  let q = db.selectFrom('notification').where('user_id', '=', f.userId);
  if (f.unread === true) q = q.where('read_at', 'is', null);
  if (f.unread === false) q = q.where('read_at', 'is not', null);
  return q;
};

export function listNotifications(db: Db, f: NotificationFilter, page: { page: number; pageSize: number }) {
  return mine(db, f)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
}

export async function countNotifications(db: Db, f: NotificationFilter) {
  const r = await mine(db, f)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Marks one of the user's notifications read (keeping the first read time); false when it is not theirs. */
export async function markRead(db: Db, userId: string, id: string) {
  const row = await db
    .updateTable('notification')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function markAllRead(db: Db, userId: string) {
  return db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}
