import type { Permission } from '@anjian/domain';
import type { Actor } from './access/actor.ts';
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
  /** What this module asks its users to act on: the 工作台 (GET /api/workbench) shows every module's. */
  todos?: readonly TodoSource[];
  /**
   * Long-running parts started by `npm start` beside the HTTP server (the 在线监测 MQTT subscriber):
   * `start` resolves once running and returns how to stop it.
   */
  services?: readonly Service[];
}

export interface Service {
  name: string;
  start(ctx: AppContext): Promise<() => Promise<void>>;
}

/**
 * One line of the 工作台 (issue 11): a count of records the user must act on, and the list that shows
 * exactly those records (`link`, a web path with its filters), or an action with no count.
 */
export interface TodoSource {
  key: string;
  label: string;
  /** Shown to roles holding it (or one of them); the count runs in the actor's own scope. */
  permission: Permission | readonly Permission[];
  link: string;
  /** Lower first. */
  order: number;
  /** Absent: an action (上报隐患, 驾驶舱) rather than a count. */
  count?(ctx: AppContext, actor: Actor, now: Date): Promise<number>;
  /** An optional line under the label, e.g. the latest rejection's reason. */
  detail?(ctx: AppContext, actor: Actor): Promise<string | null>;
}
