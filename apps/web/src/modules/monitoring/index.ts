import { createElement, lazy } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/monitoring',
    page: lazy(() => import('./pages/MonitoringAlarmsPage.tsx')),
    permission: 'monitoring.read',
    menu: { label: 'menu.monitoring', icon: createElement(AlertOutlined), group: 'safety', order: 62 },
  },
];
