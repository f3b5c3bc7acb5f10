import { createElement, lazy } from 'react';
import { EnvironmentOutlined, HomeOutlined, ShopOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    // An enterprise account lands on its own record.
    path: '/my-enterprise',
    page: lazy(() => import('./pages/MyEnterprisePage.tsx')),
    permission: 'enterprise.self',
    menu: { label: 'menu.myEnterprise', icon: createElement(HomeOutlined), order: 10 },
  },
  {
    path: '/enterprises',
    page: lazy(() => import('./pages/EnterprisesPage.tsx')),
    permission: 'enterprise.read',
    menu: { label: 'menu.enterprises', icon: createElement(ShopOutlined), group: 'registry', order: 10 },
  },
  {
    path: '/enterprise-map',
    page: lazy(() => import('./pages/EnterpriseMapPage.tsx')),
    permission: 'enterprise.read',
    menu: {
      label: 'menu.enterpriseMap',
      icon: createElement(EnvironmentOutlined),
      group: 'registry',
      order: 20,
    },
  },
  {
    path: '/enterprises/:id',
    page: lazy(() => import('./pages/EnterpriseDetailPage.tsx')),
    permission: 'enterprise.read',
  },
];

// The grid coverage report reads the registry's coverage figures.
export { type Coverage, type CoverageRow, type Workload, enterpriseApi } from './enterprise.api.ts';
