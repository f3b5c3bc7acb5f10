import { createElement, lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/dashboard',
    page: lazy(() => import('./pages/DashboardPage.tsx')),
    permission: 'indicator.read',
    menu: { label: 'menu.dashboard', icon: createElement(DashboardOutlined), group: 'safety', order: 10 },
  },
];
