import { z } from 'zod';
import { pagingQuery } from '../shared/schemas.ts';

/**
 * What a notification is about. Reminder jobs: due_soon, overdue, supervision_overdue (one per hazard and
 * user). Steps of the hazard loop, each to the party that must act next (issue 11 item 4): reported
 * (待评估 → the regulators), assigned (交办 → the enterprise, with the deadline), acceptance_requested
 * (待验收 → the regulators), rejected (验收不通过 → the enterprise, with the reason), closed (销号 → the
 * reporter and the enterprise). Online monitoring: monitoring_alarm (a new 高报/高高报/离线 alarm → the regulators
 * in scope and the enterprise, once per alarm).
 */
export const notificationKinds = [
  'due_soon',
  'overdue',
  'supervision_overdue',
  'reported',
  'assigned',
  'acceptance_requested',
  'rejected',
  'closed',
  'monitoring_alarm',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationsQuery = pagingQuery
  .extend({ unread: z.enum(['true', 'false']).optional() })
  .strict();
export type NotificationsQuery = z.infer<typeof notificationsQuery>;

/** The pluggable outbound channel: a webhook an installation points at its SMS gateway or mail relay. */
export const notificationChannelKinds = ['webhook'] as const;

/**
 * The administrator's setting of the outbound channel (off by default). `secret` signs each POST
 * (HMAC-SHA-256 of the body in `X-Anjian-Signature`); omitted keeps the stored one, null removes it.
 */
export const notificationChannelInput = z
  .object({
    enabled: z.boolean(),
    kind: z.enum(notificationChannelKinds).default('webhook'),
    url: z
      .string()
      .trim()
      .max(500, '地址不能超过 500 个字符')
      .regex(/^https?:\/\/[^\s]+$/i, '地址应以 http:// 或 https:// 开头')
      .nullable(),
    secret: z
      .string()
      .min(16, '签名密钥至少 16 个字符')
      .max(200, '签名密钥不能超过 200 个字符')
      .nullable()
      .optional(),
  })
  .strict()
  .refine((v) => !v.enabled || !!v.url, { path: ['url'], message: '启用外发通道须填写接收地址' });
export type NotificationChannelInput = z.infer<typeof notificationChannelInput>;
