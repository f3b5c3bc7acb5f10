import { z } from 'zod';
import { securityAlertsSchema, securityPolicySchema, uuidParam } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import { acknowledgeAlert, listAlerts, updateSecurityPolicy } from './security.service.ts';
import { errorResponses } from '../../platform/http/schemas.ts';

const tags = ['security'];

export function registerSecurityRoutes(app: TypedApp, ctx: AppContext) {
  const access = { access: { permission: 'security.policy' as const } };
  app.get(
    '/security/policy',
    {
      config: access,
      schema: { tags, summary: '安全策略', response: { 200: securityPolicySchema, ...errorResponses } },
    },
    () => loadSecurityPolicy(ctx.db),
  );
  app.put(
    '/security/policy',
    {
      config: access,
      schema: {
        tags,
        summary: '修改安全策略（安全管理员）',
        body: securityPolicySchema,
        response: { 200: securityPolicySchema, ...errorResponses },
      },
    },
    (req) => updateSecurityPolicy(ctx, req.rc, req.body),
  );

  app.get(
    '/security/alerts',
    {
      config: access,
      schema: {
        tags,
        summary: '安全告警（暴力破解、频繁越权、审计链断裂；IP-03）',
        querystring: z.object({ open: z.enum(['true', 'false']).optional() }).strict(),
        response: { 200: securityAlertsSchema, ...errorResponses },
      },
    },
    (req) => listAlerts(ctx, { open: req.query.open === 'true' }),
  );
  app.post(
    '/security/alerts/:id/acknowledge',
    {
      config: access,
      schema: {
        tags,
        summary: '标记安全告警已处理',
        params: uuidParam,
        body: z.object({ note: z.string().trim().max(500).optional() }).strict(),
        response: { 200: securityAlertsSchema, ...errorResponses },
      },
    },
    (req) => acknowledgeAlert(ctx, req.rc, req.params.id, req.body.note),
  );
}
