import type { AppContext } from './app-context.ts';
import type { TypedApp } from './http/typed-app.ts';
import type { Job } from './jobs/scheduler.ts';

/**
 * A module's face to the application (ARCHITECTURE.md "Adding a module"): `modules/<m>/index.ts` exports
 * one of these, and `modules/index.ts` lists them. The server registers every module's routes under
 * /api, schedules its jobs and, on a demo installation, seeds its demo data in list order. A module's
 * tables join the one `Database` type from its `<m>.table.ts` (declaration merging), not through here.
 */
export interface ModuleManifest {
  name: string;
  registerRoutes(app: TypedApp, ctx: AppContext): void | Promise<void>;
  jobs?: readonly Job[];
  /**
   * Reference data the module ships (laws' figures, dictionaries), loaded on every start of every
   * installation, demo or not: adds what is missing, never overwrites what an administrator edited.
   */
  seedReference?(ctx: AppContext): Promise<void>;
  /**
   * Demo data for a demo installation; runs after the modules listed before this one, checks its own
   * emptiness (a start killed half-way through seeding finishes on the next one) and its config flags.
   */
  seedDemo?(ctx: AppContext): Promise<void>;
}
