import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoEnforcement } from './enforcement.demo.ts';
import { registerEnforcementRoutes } from './enforcement.routes.ts';
import { seedCaseDocumentKinds } from './case-record.ts';

/** 监管执法: penalty cases and their statutory clocks, 执法人员, 裁量基准, inspection plans and 双随机 draws. */
export const enforcementModule: ModuleManifest = {
  name: 'enforcement',
  registerRoutes: registerEnforcementRoutes,
  seedReference: (ctx) => seedCaseDocumentKinds(ctx.db),
  seedDemo: async (ctx) => {
    if (ctx.config.demoEnterprises) await seedDemoEnforcement(ctx);
  },
};
