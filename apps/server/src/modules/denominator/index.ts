import type { ModuleManifest } from '../../platform/module.ts';
import { registerDenominatorRoutes } from './denominator.routes.ts';

/** Yearly denominators per division (GDP, employees, vehicles …): entry and .xlsx import. */
export const denominatorModule: ModuleManifest = {
  name: 'denominator',
  registerRoutes: registerDenominatorRoutes,
};
