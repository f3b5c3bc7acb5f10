import { createElement, lazy } from 'react';
import { AimOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/plans',
    page: lazy(() => import('./pages/PlansPage.tsx')),
    permission: 'indicator.read',
    menu: { label: 'menu.plans', icon: createElement(AimOutlined), group: 'safety', order: 40 },
  },
];
