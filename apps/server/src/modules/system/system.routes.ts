import { z } from 'zod';
import { loginOptionsSchema } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { checkReadiness } from './readiness.ts';

export function registerSystemRoutes(app: TypedApp, ctx: AppContext) {
  // Anonymous callers (a load balancer, a probe) learn that the server answers, nothing else (issue 15);
  // the version is in the OpenAPI document (signed-in users only in production).
  app.get(
    '/health',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['system'],
        summary: '健康检查：仅返回状态',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  // The login page shows the demo accounts in demo mode; in production demo mode is explicit (ANJIAN_DEMO).
  app.get(
    '/system/login-options',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['system'],
        summary: '登录页选项：是否为演示模式',
        response: { 200: loginOptionsSchema },
      },
    },
    async () => ({ demo: ctx.config.demo }),
  );

  const check = z.object({ ok: z.boolean(), detail: z.string().optional() });
  const readiness = z.object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({ database: check, migrations: check, auditKey: check }),
  });
  app.get(
    '/ready',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['system'],
        summary: '就绪检查：数据库可用、迁移为本版本、审计密钥与日志相符；否则 503 并说明原因',
        response: { 200: readiness, 503: readiness },
      },
    },
    async (_req, reply) => {
      const r = await checkReadiness(ctx);
      return reply
        .code(r.ready ? 200 : 503)
        .send({ status: r.ready ? 'ready' : 'not_ready', checks: r.checks });
    },
  );
}
