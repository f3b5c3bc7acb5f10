import type { ModuleManifest } from '../../platform/module.ts';
import { registerSystemRoutes } from './system.routes.ts';

/** Health and version. */
export const systemModule: ModuleManifest = { name: 'system', registerRoutes: registerSystemRoutes };
