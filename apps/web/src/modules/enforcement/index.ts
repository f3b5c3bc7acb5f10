import { createElement, lazy } from 'react';
import { AuditOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/enforcement/cases',
    page: lazy(() => import('./pages/CasesPage.tsx')),
    permission: 'enforcement.read',
    menu: { label: 'menu.enforcementCases', icon: createElement(AuditOutlined), group: 'safety', order: 70 },
  },
  {
    path: '/enforcement/cases/:id',
    page: lazy(() => import('./pages/CaseDetailPage.tsx')),
    permission: 'enforcement.read',
  },
  {
    path: '/enforcement/plans',
    page: lazy(() => import('./pages/PlansPage.tsx')),
    permission: 'enforcement.write',
    menu: {
      label: 'menu.enforcementPlans',
      icon: createElement(ScheduleOutlined),
      group: 'safety',
      order: 71,
    },
  },
];
