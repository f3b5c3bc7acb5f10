import { z } from 'zod';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import { version } from '../../version.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { checkReadiness } from './readiness.ts';

export function registerSystemRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/health',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['system'],
        summary: '健康检查：版本与数据库类型',
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.enum(['pglite', 'postgresql']),
            demo: z.boolean(),
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, version, database: ctx.dbKind, demo: ctx.config.demo }),
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
