import {
  notificationChannelInput,
  notificationChannelSchema,
  notificationPageSchema,
  notificationsQuery,
  unreadCountSchema,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import * as notifications from './notification.service.ts';

const tags = ['notification'];

/**
 * 站内消息: every user reads only their own. Today every notification is about a hazard, so the routes ask
 * for hazard.read (an account without a role reaches only its own profile, AC-01). The outbound channel
 * is the system administrator's setting.
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
        response: { 200: notificationPageSchema, ...errorResponses },
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
        response: { 200: unreadCountSchema, ...errorResponses },
      },
    },
    (req) => notifications.markRead(ctx, req.rc, req.params.id),
  );
  app.post(
    '/notifications/read-all',
    {
      config,
      schema: { tags, summary: '全部标记已读', response: { 200: unreadCountSchema, ...errorResponses } },
    },
    (req) => notifications.markAllRead(ctx, req.rc),
  );

  const admin = { access: { permission: 'notification.channel' as const } };
  app.get(
    '/notifications/channel',
    {
      config: admin,
      schema: {
        tags,
        summary: '外发通知通道（Webhook）设置与发送状态',
        response: { 200: notificationChannelSchema, ...errorResponses },
      },
    },
    () => notifications.getChannel(ctx),
  );
  app.put(
    '/notifications/channel',
    {
      config: admin,
      schema: {
        tags,
        summary: '设置外发通知通道（默认关闭）',
        body: notificationChannelInput,
        response: { 200: notificationChannelSchema, ...errorResponses },
      },
    },
    (req) => notifications.updateChannel(ctx, req.rc, req.body),
  );
}
