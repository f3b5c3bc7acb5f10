import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoRiskModel } from './risk-model.demo.ts';
import { registerRiskModelEditRoutes } from './risk-model-edit.routes.ts';
import { registerRiskModelRoutes } from './risk-model.routes.ts';
import { registerRiskRoutes } from './risk.routes.ts';
import { sealLegacyPhones } from './risk-model.service.ts';

/** 风险分级管控: LEC / L×S, the risk model, 风险告知卡, four-colour maps, checklists. */
export const riskModule: ModuleManifest = {
  name: 'risk',
  registerRoutes: (app, ctx) => {
    registerRiskRoutes(app);
    registerRiskModelRoutes(app, ctx);
    registerRiskModelEditRoutes(app, ctx);
  },
  jobs: [
    { name: 'risk.seal-legacy-phones', schedule: '41 3 * * *', runAtStart: true, run: sealLegacyPhones },
  ],
  seedDemo: async (ctx) => {
    if (ctx.config.demoEnterprises) await seedDemoRiskModel(ctx);
  },
};

export { enterpriseInScope, riskScope } from './risk-model.repository.ts';
export { majorHazardChecklists } from './risk.service.ts';
