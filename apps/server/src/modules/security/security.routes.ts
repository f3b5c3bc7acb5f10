import { securityPolicySchema } from '@anjian/domain';
import type { TypedApp } from '../../app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import { updateSecurityPolicy } from './security.service.ts';
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
}
