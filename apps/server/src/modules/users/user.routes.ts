import { z } from 'zod';
import {
  createUserBody,
  grantRoleBody,
  listUsersQuery,
  pageOf,
  resetPasswordBody,
  updateUserBody,
  userStatusBody,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { clearanceBody, userSchema } from '@anjian/domain';
import * as users from './user.service.ts';
import { created, noContent } from '../../platform/http/reply.ts';

const tags = ['users'];

export function registerUserRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'user.read' as const } };
  const write = { access: { permission: 'user.write' as const } };
  // The security admin changes 三员 accounts and re-attaches accounts holding a role (AC-04): the
  // service decides which admin may do what to which account.
  const manage = { access: { permission: ['user.write', 'user.grant'] as const } };
  const one = { 200: userSchema, ...errorResponses };

  app.get(
    '/users',
    {
      config: read,
      schema: {
        tags,
        summary: '用户列表',
        querystring: listUsersQuery,
        response: { 200: pageOf(userSchema), ...errorResponses },
      },
    },
    (req) => users.listUsers(ctx, req.rc, req.query),
  );
  app.get(
    '/users/:id',
    { config: read, schema: { tags, summary: '用户详情', params: uuidParam, response: one } },
    (req) => users.getUser(ctx, req.rc, req.params.id),
  );
  app.post(
    '/users',
    {
      config: write,
      schema: {
        tags,
        summary: '新建用户（无角色，首次登录须改密）',
        body: createUserBody,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await users.createUser(ctx, req.rc, req.body)),
  );
  app.patch(
    '/users/:id',
    {
      config: manage,
      schema: { tags, summary: '修改用户', params: uuidParam, body: updateUserBody, response: one },
    },
    (req) => users.updateUser(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/users/:id/status',
    {
      config: manage,
      schema: { tags, summary: '启用/停用用户', params: uuidParam, body: userStatusBody, response: one },
    },
    (req) => users.setUserStatus(ctx, req.rc, req.params.id, req.body.status),
  );
  app.post(
    '/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags,
        summary: '重置密码（下次登录须修改）',
        params: uuidParam,
        body: resetPasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await users.resetPassword(ctx, req.rc, req.params.id, req.body.password);
      return noContent(reply);
    },
  );
  app.post(
    '/users/:id/role',
    {
      config: { access: { permission: 'user.grant' } },
      schema: {
        tags,
        summary: '授予角色（安全管理员）',
        params: uuidParam,
        body: grantRoleBody,
        response: one,
      },
    },
    (req) => users.grantRole(ctx, req.rc, req.params.id, req.body.role),
  );
  app.post(
    '/users/:id/clearance',
    {
      config: { access: { permission: 'user.grant' } },
      schema: {
        tags,
        summary: '设置密级许可（安全管理员；AC-07）',
        params: uuidParam,
        body: clearanceBody,
        response: one,
      },
    },
    (req) => users.setClearance(ctx, req.rc, req.params.id, req.body.clearance),
  );
  app.post(
    '/users/:id/unlock',
    {
      config: { access: { permission: 'user.unlock' } },
      schema: { tags, summary: '解除锁定（安全管理员）', params: uuidParam, response: one },
    },
    (req) => users.unlockUser(ctx, req.rc, req.params.id),
  );
  app.post(
    '/users/:id/reset-mfa',
    {
      config: { access: { permission: 'user.unlock' } },
      schema: { tags, summary: '重置双因素认证（安全管理员）', params: uuidParam, response: one },
    },
    (req) => users.resetMfa(ctx, req.rc, req.params.id),
  );
}
