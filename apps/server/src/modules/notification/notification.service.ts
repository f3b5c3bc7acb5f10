import { sql } from 'kysely';
import { AppError, type NotificationsQuery } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';

const me = (rc: RequestContext) => {
  if (!rc.actor) throw new AppError('AUTH_REQUIRED');
  return rc.actor.userId;
};

/** The signed-in user's in-app notifications (站内消息), newest first, with the unread count. */
export async function listNotifications(ctx: AppContext, rc: RequestContext, q: NotificationsQuery) {
  const userId = me(rc);
  let list = ctx.db.selectFrom('notification').where('user_id', '=', userId);
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
    ctx.db
      .selectFrom('notification')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      hazardId: n.hazard_id,
      createdAt: n.created_at.toISOString(),
      readAt: n.read_at?.toISOString() ?? null,
    })),
    total: total.n,
    unread: unread.n,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Marks one of the user's notifications read; another user's is 404. Reading is not audited (no business change). */
export async function markRead(ctx: AppContext, rc: RequestContext, id: string) {
  const userId = me(rc);
  const row = await ctx.db
    .updateTable('notification')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '消息不存在');
  return { unread: await unreadCount(ctx, userId) };
}

export async function markAllRead(ctx: AppContext, rc: RequestContext) {
  const userId = me(rc);
  await ctx.db
    .updateTable('notification')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
  return { unread: 0 };
}

async function unreadCount(ctx: AppContext, userId: string) {
  const r = await ctx.db
    .selectFrom('notification')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r.n;
}
