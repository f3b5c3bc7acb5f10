import { z } from 'zod';
import { notificationsQuery, uuidParam } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import * as notifications from './notification.service.ts';

const tags = ['notification'];
const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  hazardId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const unreadSchema = z.object({ unread: z.number() });

/**
 * 站内消息: every user reads only their own. Today every notification is about a hazard, so the routes ask
 * for hazard.read (an account without a role reaches only its own profile, AC-01).
 */
export function registerNotificationRoutes(app: TypedApp, ctx: AppContext) {
  const config = { access: { permission: 'hazard.read' as const } };
  app.get(
    '/notifications',
    {
      config,
      schema: {
        tags,
        summary: '我的站内消息（含未读数）',
        querystring: notificationsQuery,
        response: {
          200: z.object({
            items: z.array(notificationSchema),
            total: z.number(),
            unread: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => notifications.listNotifications(ctx, req.rc, req.query),
  );
  app.post(
    '/notifications/:id/read',
    {
      config,
      schema: {
        tags,
        summary: '标记已读',
        params: uuidParam,
        response: { 200: unreadSchema, ...errorResponses },
      },
    },
    (req) => notifications.markRead(ctx, req.rc, req.params.id),
  );
  app.post(
    '/notifications/read-all',
    { config, schema: { tags, summary: '全部标记已读', response: { 200: unreadSchema, ...errorResponses } } },
    (req) => notifications.markAllRead(ctx, req.rc),
  );
}
