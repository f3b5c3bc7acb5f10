import { z } from 'zod';
import { pageOf } from '../shared/schemas.ts';
import { notificationChannelKinds, notificationKinds } from './notification.schemas.ts';

/** One 站内消息 of the signed-in user (docs/api-hazard.md, Notifications). */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  hazardId: z.string().nullable(),
  /** The 在线监测 alarm it is about (kind monitoring_alarm). */
  alarmId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

/** The inbox: a page of notifications and the unread count across all of them. */
export const notificationPageSchema = pageOf(notificationSchema).extend({ unread: z.number().int() });
export type NotificationPageDto = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCountDto = z.infer<typeof unreadCountSchema>;

/** The outbound channel as the administrator sees it: the secret is never returned, only whether one is set. */
export const notificationChannelSchema = z.object({
  enabled: z.boolean(),
  kind: z.enum(notificationChannelKinds),
  url: z.string().nullable(),
  hasSecret: z.boolean(),
  /** The outbox's state: what is still to send and what failed after every retry. */
  outbox: z.object({ pending: z.number().int(), failed: z.number().int(), sent: z.number().int() }),
  lastError: z.string().nullable(),
});
export type NotificationChannelDto = z.infer<typeof notificationChannelSchema>;
