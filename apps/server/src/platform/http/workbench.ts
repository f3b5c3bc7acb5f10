import { workbenchSchema } from '@anjian/domain';
import { can, requireActor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import type { TodoSource } from '../module.ts';
import type { TypedApp } from './typed-app.ts';
import { errorResponses } from './schemas.ts';

/**
 * GET /api/workbench: the 工作台 of the signed-in user — every module's to-do sources (manifest `todos`)
 * that the role may see, counted in the user's scope. Sources the role lacks are never run, so the page
 * makes no request its user is refused.
 */
export function registerWorkbenchRoute(app: TypedApp, ctx: AppContext, sources: readonly TodoSource[]) {
  app.get(
    '/workbench',
    {
      schema: {
        tags: ['工作台'],
        summary: '工作台：当前用户待办事项（计数与列表链接）',
        response: { 200: workbenchSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req.rc);
      const now = new Date();
      const mine = sources
        .filter((s) => [s.permission].flat().some((p) => can(actor, p)))
        .sort((a, b) => a.order - b.order);
      const items = await Promise.all(
        mine.map(async (s) => ({
          key: s.key,
          label: s.label,
          link: s.link,
          count: s.count ? await s.count(ctx, actor, now) : null,
          detail: s.detail ? await s.detail(ctx, actor) : null,
        })),
      );
      return { items };
    },
  );
}
