import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoPlans } from './plan.demo.ts';
import { registerPlanRoutes } from './plan.routes.ts';

/** 规划目标: plan periods, targets, decomposition to counties, progress. */
export const planModule: ModuleManifest = {
  name: 'plan',
  registerRoutes: registerPlanRoutes,
  seedDemo: seedDemoPlans,
};
