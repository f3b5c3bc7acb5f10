import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoMajorHazard } from './major-hazard.demo.ts';
import { majorHazardJobs } from './major-hazard.jobs.ts';
import { registerMajorHazardRoutes } from './major-hazard.routes.ts';
import { seedStandardTables } from './major-hazard.tables.ts';
import { majorHazardTodos } from './major-hazard.todos.ts';

/** 重大危险源 (GB 18218-2018): calculator, units and inventories, identification and grading. */
export const majorHazardModule: ModuleManifest = {
  name: 'major-hazard',
  registerRoutes: registerMajorHazardRoutes,
  todos: majorHazardTodos,
  // 包保 duty tasks: the current and next period of every source's persons, at start and hourly.
  jobs: majorHazardJobs,
  // GB 18218-2018 Tables 1–6 from reference/standards, adding what is missing, never overwriting an edit.
  seedReference: (ctx) => seedStandardTables(ctx.db),
  seedDemo: async (ctx) => {
    if (ctx.config.demoEnterprises) await seedDemoMajorHazard(ctx);
  },
};

/** A unit with its `in_scope` flag for the actor (monitoring points hang on units). */
export { findUnit as findMajorHazardUnit } from './major-hazard.repository.ts';
