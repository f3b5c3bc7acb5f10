import { createElement, lazy } from 'react';
import { CalculatorOutlined, HeatMapOutlined, NodeIndexOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/risk/model',
    page: lazy(() => import('./pages/RiskModelPage.tsx')),
    permission: 'risk.read',
    menu: { label: 'menu.riskModel', icon: createElement(NodeIndexOutlined), group: 'dual', order: 60 },
  },
  {
    path: '/risk/map',
    page: lazy(() => import('./pages/RiskMapPage.tsx')),
    permission: 'risk.read',
    menu: { label: 'menu.riskMap', icon: createElement(HeatMapOutlined), group: 'dual', order: 70 },
  },
  {
    path: '/risk/calculator',
    page: lazy(() => import('./pages/RiskCalculatorPage.tsx')),
    permission: 'risk.read',
    menu: { label: 'menu.riskCalc', icon: createElement(CalculatorOutlined), group: 'dual', order: 90 },
  },
  {
    // The QR code of a 风险告知卡: no login, outside the main layout.
    path: '/public/risk-units/:id',
    page: lazy(() => import('./pages/PublicRiskUnitPage.tsx')),
    permission: 'public',
  },
];
