import { z } from 'zod';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';

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
        response: { 200: z.object({ demo: z.boolean() }) },
      },
    },
    async () => ({ demo: ctx.config.demo }),
  );
}
