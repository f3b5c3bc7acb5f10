import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoHazardHistory } from './hazard-history.demo.ts';
import { registerHazardOriginRoute } from './hazard-origin.ts';
import { seedDemoHazards } from './hazard.demo.ts';
import { hazardJobs } from './hazard.jobs.ts';
import { registerHazardRoutes } from './hazard.routes.ts';
import { hazardTodos } from './hazard.todos.ts';

/** 隐患排查治理: the hazard closed loop with 五落实, 挂牌督办, photos, reminders, statistics and flags. */
export const hazardModule: ModuleManifest = {
  name: 'hazard',
  registerRoutes: async (app, ctx) => {
    await registerHazardRoutes(app, ctx);
    registerHazardOriginRoute(app, ctx);
  },
  jobs: hazardJobs,
  todos: hazardTodos,
  seedDemo: async (ctx) => {
    if (!ctx.config.demoEnterprises) return;
    await seedDemoHazards(ctx);
    // The 2011–2015 history is history like the accidents: off under NODE_ENV=test by default.
    if (ctx.config.demoAccidents) await seedDemoHazardHistory(ctx);
  },
};

export { assertPhotos, insertDetectedHazard, insertReportedHazard } from './hazard.service.ts';
export { assessHazardIn, reviewHazardIn } from './hazard.steps.ts';
