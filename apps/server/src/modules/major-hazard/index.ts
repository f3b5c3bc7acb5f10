import type { ModuleManifest } from '../../platform/module.ts';
import { registerMajorHazardRoutes } from './major-hazard.routes.ts';

/** 重大危险源 (GB 18218-2018): identification and grading calculator. */
export const majorHazardModule: ModuleManifest = {
  name: 'major-hazard',
  registerRoutes: registerMajorHazardRoutes,
};
