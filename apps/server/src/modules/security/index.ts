import type { ModuleManifest } from '../../platform/module.ts';
import { securityJobs } from './security.jobs.ts';
import { registerSecurityRoutes } from './security.routes.ts';

/** Security policy and the IP-03 alerts for the security admin. */
export const securityModule: ModuleManifest = {
  name: 'security',
  registerRoutes: registerSecurityRoutes,
  jobs: securityJobs,
};
