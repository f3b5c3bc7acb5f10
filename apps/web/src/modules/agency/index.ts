import { createElement, lazy } from 'react';
import { SolutionOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/agencies',
    page: lazy(() => import('./pages/AgenciesPage.tsx')),
    permission: 'agency.read',
    menu: { label: 'menu.agencies', icon: createElement(SolutionOutlined), group: 'registry', order: 40 },
  },
  {
    path: '/agencies/:id',
    page: lazy(() => import('./pages/AgencyDetailPage.tsx')),
    permission: 'agency.read',
  },
];

// An enterprise's detail page lists the agencies under contract with it.
export { agencyApi } from './agency.api.ts';
