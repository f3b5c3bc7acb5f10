import { AppError, type NotificationsQuery } from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './notification.repository.ts';

const me = (rc: RequestContext) => requireActor(rc).userId;

const unreadBoolean = { true: true, false: false } as const;

/** The signed-in user's in-app notifications (站内消息), newest first, with the unread count. */
export async function listNotifications(ctx: AppContext, rc: RequestContext, q: NotificationsQuery) {
  const userId = me(rc);
  const f = { userId, unread: q.unread ? unreadBoolean[q.unread] : undefined };
  const [items, total, unread] = await Promise.all([
    repo.listNotifications(ctx.db, f, q),
    repo.countNotifications(ctx.db, f),
    repo.countNotifications(ctx.db, { userId, unread: true }),
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
    total,
    unread,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Marks one of the user's notifications read; another user's is 404. Reading is not audited (no business change). */
export async function markRead(ctx: AppContext, rc: RequestContext, id: string) {
  const userId = me(rc);
  if (!(await repo.markRead(ctx.db, userId, id))) throw new AppError('NOT_FOUND', '消息不存在');
  return { unread: await repo.countNotifications(ctx.db, { userId, unread: true }) };
}

export async function markAllRead(ctx: AppContext, rc: RequestContext) {
  await repo.markAllRead(ctx.db, me(rc));
  return { unread: 0 };
}
