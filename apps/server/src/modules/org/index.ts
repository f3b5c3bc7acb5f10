import type { ModuleManifest } from '../../platform/module.ts';
import { registerOrgRoutes } from './org.routes.ts';

/** Divisions (GB/T 2260), departments and their sectors. */
export const orgModule: ModuleManifest = { name: 'org', registerRoutes: registerOrgRoutes };

export { createDepartment } from './org.service.ts';
export { divisionExists, knownDivisions } from './org.repository.ts';
