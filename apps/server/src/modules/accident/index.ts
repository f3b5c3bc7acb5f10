import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoAccidents } from './accident.demo.ts';
import { registerAccidentRoutes } from './accident.routes.ts';

/** 事故: report, grade, reporting timeline, supplements, investigation (条例 第三条 …). */
export const accidentModule: ModuleManifest = {
  name: 'accident',
  registerRoutes: registerAccidentRoutes,
  seedDemo: async (ctx) => {
    // The demo figures are Zhongwei's 2010–2020, which reproduce the seed plan's tables.
    if (ctx.config.region !== '640500' || !ctx.config.demoAccidents) return;
    if (await ctx.db.selectFrom('accident').select('id').limit(1).executeTakeFirst()) return;
    await seedDemoAccidents(ctx);
  },
};

export { accidentScope, listAccidents as listAccidentRows } from './accident.repository.ts';
export { presentAccident } from './accident.presenter.ts';
