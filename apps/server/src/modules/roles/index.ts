import type { ModuleManifest } from '../../platform/module.ts';
import { registerRoleRoutes } from './role.routes.ts';

/** The roles of PRODUCT.md §1 and the per-role second-factor switch. */
export const rolesModule: ModuleManifest = { name: 'roles', registerRoutes: registerRoleRoutes };
