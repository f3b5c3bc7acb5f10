import { z } from 'zod';
import { pageOf } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listAudit, listAuditQuery, verifyAudit } from './audit.service.ts';

const auditRowSchema = z.object({
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
  outcome: z.enum(['success', 'failure', 'denied']),
  reason: z.string().nullable(),
  diff: z.unknown(),
});
const tags = ['audit'];

export function registerAuditRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags,
        summary: '审计日志',
        querystring: listAuditQuery,
        response: { 200: pageOf(auditRowSchema), ...errorResponses },
      },
    },
    (req) => listAudit(ctx, req.query),
  );
  app.get(
    '/audit/verify',
    {
      config: { access: { permission: 'audit.verify' } },
      schema: {
        tags,
        summary: '校验审计日志哈希链',
        response: {
          200: z.object({
            ok: z.boolean(),
            rows: z.number(),
            firstBroken: z.object({ id: z.number(), problem: z.enum(['hash', 'link']) }).optional(),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => verifyAudit(ctx, req.rc),
  );
}
