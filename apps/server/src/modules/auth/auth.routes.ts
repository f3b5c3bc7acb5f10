import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AppError,
  changePasswordBody,
  loginBody,
  meSchema,
  passwordConfirmBody,
  recoveryCodesSchema,
  totpCodeBody,
  totpSetupSchema,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import { lookupSession } from '../../platform/auth/session.ts';
import { SESSION_COOKIE } from '../../platform/http/guard.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import * as auth from './auth.service.ts';
import * as totp from './totp.service.ts';
import { noContent } from '../../platform/http/reply.ts';

const tags = ['auth'];

const currentSession = (req: FastifyRequest) => {
  if (!req.session || !req.sessionToken) throw new AppError('AUTH_REQUIRED');
  return { session: req.session, token: req.sessionToken };
};

export function registerAuthRoutes(app: TypedApp, ctx: AppContext) {
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.secureCookies,
    });

  /** Answers `Me` for a token just issued or upgraded. */
  const meFor = async (token: string) => {
    const found = await lookupSession(ctx.db, token, await loadSecurityPolicy(ctx.db));
    if (!found || 'expired' in found) throw new AppError('AUTH_SESSION_EXPIRED');
    return auth.me(ctx, found.state, token);
  };

  app.post(
    '/auth/login',
    {
      config: {
        access: { public: true },
        rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: '登录（用户名 + 密码）',
        security: [],
        body: loginBody,
        response: { 200: meSchema, ...errorResponses, 423: errorResponses[401], 429: errorResponses[401] },
      },
    },
    async (req, reply) => {
      const token = await auth.login(ctx, req.rc, req.body);
      setCookie(reply, token);
      return meFor(token);
    },
  );
  app.post(
    '/auth/login/totp',
    {
      config: {
        access: { mfaStage: true },
        rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: '登录第二步：动态验证码或恢复码',
        body: totpCodeBody,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { session, token } = currentSession(req);
      if (session.stage !== 'mfa') throw new AppError('CONFLICT', '当前会话无需双因素认证');
      await auth.verifySecondFactor(ctx, req.rc, session, req.body.code);
      return meFor(token);
    },
  );
  app.post(
    '/auth/logout',
    {
      config: { access: { mfaStage: true, pending: true } },
      schema: { tags, summary: '退出登录', response: { 204: z.null(), ...errorResponses } },
    },
    async (req, reply) => {
      await auth.logout(ctx, req.rc, currentSession(req).session);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return noContent(reply);
    },
  );
  app.get(
    '/auth/me',
    {
      config: { access: { mfaStage: true, pending: true } },
      schema: { tags, summary: '当前用户、权限与 CSRF 令牌', response: { 200: meSchema, ...errorResponses } },
    },
    async (req) => {
      const { session, token } = currentSession(req);
      return auth.me(ctx, session, token);
    },
  );
  app.post(
    '/auth/password',
    {
      config: { access: { pending: true } },
      schema: {
        tags,
        summary: '修改本人密码',
        body: changePasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await auth.changePassword(ctx, req.rc, currentSession(req).session, req.body);
      return noContent(reply);
    },
  );
  app.post(
    '/auth/totp/setup',
    {
      config: { access: { pending: true } },
      schema: {
        tags,
        summary: '开始绑定 TOTP',
        response: { 200: totpSetupSchema, ...errorResponses },
      },
    },
    (req) => totp.setupTotp(ctx, req.rc, currentSession(req).session),
  );
  app.post(
    '/auth/totp/enable',
    {
      config: { access: { pending: true } },
      schema: {
        tags,
        summary: '确认绑定 TOTP，返回恢复码',
        body: totpCodeBody,
        response: { 200: recoveryCodesSchema, ...errorResponses },
      },
    },
    (req) => totp.enableTotp(ctx, req.rc, currentSession(req).session, req.body.code),
  );
  app.post(
    '/auth/totp/disable',
    {
      config: { access: { pending: true } },
      schema: {
        tags,
        summary: '关闭 TOTP',
        body: passwordConfirmBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await totp.disableTotp(ctx, req.rc, currentSession(req).session, req.body.password);
      return noContent(reply);
    },
  );
}
