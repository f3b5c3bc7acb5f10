import { auditRowSchema, auditVerificationSchema, pageOf } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listAudit, listAuditQuery, verifyAudit } from './audit.service.ts';

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
    (req) => listAudit(ctx, req.rc, req.query),
  );
  app.get(
    '/audit/verify',
    {
      config: { access: { permission: 'audit.verify' } },
      schema: {
        tags,
        summary: '校验审计日志哈希链',
        response: {
          200: auditVerificationSchema,
          ...errorResponses,
        },
      },
    },
    (req) => verifyAudit(ctx, req.rc),
  );
}
