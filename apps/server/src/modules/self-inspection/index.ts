import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoSelfInspection } from './self-inspection.demo.ts';
import { selfInspectionJobs } from './self-inspection.jobs.ts';
import { registerSelfInspectionRoutes } from './self-inspection.routes.ts';

/** 企业自查: checklist plans, one task per period, recording with hazards found. */
export const selfInspectionModule: ModuleManifest = {
  name: 'self-inspection',
  registerRoutes: registerSelfInspectionRoutes,
  jobs: selfInspectionJobs,
  seedDemo: async (ctx) => {
    if (ctx.config.demoEnterprises) await seedDemoSelfInspection(ctx);
  },
};
