import type { ModuleManifest } from '../../platform/module.ts';
import { registerAuditRoutes } from './audit.routes.ts';

/** The audit administrator's view of the hash-chained log (AU-01 … AU-03). */
export const auditModule: ModuleManifest = { name: 'audit', registerRoutes: registerAuditRoutes };
