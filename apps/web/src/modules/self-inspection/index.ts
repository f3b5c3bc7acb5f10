import { createElement, lazy } from 'react';
import { CheckSquareOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/self-inspection',
    page: lazy(() => import('./pages/SelfInspectionPage.tsx')),
    permission: 'risk.read',
    menu: {
      label: 'menu.selfInspection',
      icon: createElement(CheckSquareOutlined),
      group: 'dual',
      order: 80,
    },
  },
  {
    path: '/self-inspection/tasks/:id',
    page: lazy(() => import('./pages/SelfInspectionTaskPage.tsx')),
    permission: 'risk.read',
  },
];
