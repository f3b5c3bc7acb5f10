import type { ModuleManifest } from '../../platform/module.ts';
import { registerAuthRoutes } from './auth.routes.ts';

/** Sign-in, second factor, sessions, one's own password (AUTH-01 … AUTH-05). */
export const authModule: ModuleManifest = { name: 'auth', registerRoutes: registerAuthRoutes };
