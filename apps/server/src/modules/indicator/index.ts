import type { ModuleManifest } from '../../platform/module.ts';
import { registerIndicatorRoutes } from './indicator.routes.ts';

/** The indicator engine over accidents and denominators, with provenance and exports. */
export const indicatorModule: ModuleManifest = { name: 'indicator', registerRoutes: registerIndicatorRoutes };

export { type DenominatorDbRow, denominatorRows } from './indicator.repository.ts';
export { divisionInScope, yearlyInputs } from './indicator.service.ts';
