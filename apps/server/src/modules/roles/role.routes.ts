import { z } from 'zod';
import { roleCodes, roleSchema } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listRoles, setRoleMfa } from './role.service.ts';

const tags = ['roles'];

export function registerRoleRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/roles',
    {
      config: { access: { permission: 'role.read' } },
      schema: { tags, summary: '角色与权限', response: { 200: z.array(roleSchema), ...errorResponses } },
    },
    () => listRoles(ctx),
  );
  app.patch(
    '/roles/:code',
    {
      config: { access: { permission: 'security.policy' } },
      schema: {
        tags,
        summary: '设置角色是否强制双因素认证（安全管理员）',
        params: z.object({ code: z.enum(roleCodes) }).strict(),
        body: z.object({ mfaRequired: z.boolean() }).strict(),
        response: { 200: roleSchema, ...errorResponses },
      },
    },
    (req) => setRoleMfa(ctx, req.rc, req.params.code, req.body.mfaRequired),
  );
}
