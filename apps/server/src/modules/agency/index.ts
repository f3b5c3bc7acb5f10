import type { ModuleManifest } from '../../platform/module.ts';
import { registerAgencyRoutes } from './agency.routes.ts';

/** 第三方技术服务机构: qualifications, staff, contracts, visits. */
export const agencyModule: ModuleManifest = { name: 'agency', registerRoutes: registerAgencyRoutes };
