import type { ModuleManifest } from '../../platform/module.ts';
import { userJobs } from './user.jobs.ts';
import { registerUserRoutes } from './user.routes.ts';

/** Accounts, grants and the 三员 separation on them (AC-01 … AC-05). */
export const usersModule: ModuleManifest = {
  name: 'users',
  registerRoutes: registerUserRoutes,
  jobs: userJobs,
};

export { findUserById, findUserByUsername, orgNamesOf, updateAccount } from './user.repository.ts';
