import { z } from 'zod';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import { version } from '../../version.ts';
import type { AppContext } from '../../platform/app-context.ts';

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
}
