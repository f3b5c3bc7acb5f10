import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoEnterprises } from './enterprise.demo.ts';
import { registerEnterpriseRoutes } from './enterprise.routes.ts';

/** 企业库 and 网格化监管责任: registry, GB 32100 codes, import/export, grid coverage, map. */
export const enterpriseModule: ModuleManifest = {
  name: 'enterprise',
  registerRoutes: registerEnterpriseRoutes,
  seedDemo: async (ctx) => {
    if (ctx.config.demoEnterprises) await seedDemoEnterprises(ctx);
  },
};

export { divisionOfEnterprise, enterpriseScope } from './enterprise.repository.ts';
export { getEnterprise } from './enterprise.service.ts';
