import { createElement, lazy } from 'react';
import { DatabaseOutlined, LineChartOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/indicators',
    page: lazy(() => import('./pages/IndicatorsPage.tsx')),
    permission: 'indicator.read',
    menu: { label: 'menu.indicators', icon: createElement(LineChartOutlined), group: 'safety', order: 30 },
  },
  {
    path: '/denominators',
    page: lazy(() => import('./pages/DenominatorsPage.tsx')),
    permission: 'indicator.read',
    menu: { label: 'menu.denominators', icon: createElement(DatabaseOutlined), group: 'safety', order: 50 },
  },
];

// The dashboard and the plans read indicators for the same division and year.
export {
  type Breakdown,
  type IndicatorItem,
  type IndicatorSeries,
  fmtFigure,
  indicatorApi,
} from './indicator.api.ts';
export { useStatScope } from './use-scope.ts';
export { MissingBase, missingBases } from './components/MissingBase.tsx';
