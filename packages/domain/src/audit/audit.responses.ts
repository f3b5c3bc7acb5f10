import { z } from 'zod';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** A row of the audit log as the audit administrator reads it (GET /api/audit). */
export const auditRowSchema = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  roleCode: z.string().nullable(),
  org: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  eventType: z.string(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  reason: z.string().nullable(),
  diff: z.unknown(),
});
export type AuditRowDto = z.infer<typeof auditRowSchema>;

/** The walk of the hash chain (GET /api/audit/verify): the first edited or deleted row, if any. */
export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  rows: z.number(),
  firstBroken: z.object({ id: z.number(), problem: z.enum(['hash', 'link']) }).optional(),
});
export type AuditVerificationDto = z.infer<typeof auditVerificationSchema>;
