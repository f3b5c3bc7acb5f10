import type { ModuleManifest } from '../../platform/module.ts';
import { registerIndicatorRoutes } from './indicator.routes.ts';

/** The indicator engine over accidents and denominators, with provenance and exports. */
export const indicatorModule: ModuleManifest = {
  name: 'indicator',
  registerRoutes: registerIndicatorRoutes,
  // Leaders' 工作台: the 驾驶舱 and the indicators, opened on the latest year with complete denominators.
  todos: [
    {
      key: 'indicator.dashboard',
      label: '大数据驾驶舱',
      permission: 'indicator.read',
      link: '/dashboard',
      order: 30,
    },
    {
      key: 'indicator.list',
      label: '安全生产指标',
      permission: 'indicator.read',
      link: '/indicators',
      order: 31,
    },
  ],
};

export { type DenominatorDbRow, denominatorRows } from './indicator.repository.ts';
export { divisionInScope, yearlyInputs } from './indicator.service.ts';
