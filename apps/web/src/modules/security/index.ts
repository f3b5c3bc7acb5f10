import { createElement, lazy } from 'react';
import { AlertOutlined, SafetyOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/security',
    page: lazy(() => import('./pages/SecurityPolicyPage.tsx')),
    permission: 'security.policy',
    menu: { label: 'menu.security', icon: createElement(SafetyOutlined), group: 'system', order: 30 },
  },
  {
    path: '/security-alerts',
    page: lazy(() => import('./pages/SecurityAlertsPage.tsx')),
    permission: 'security.policy',
    menu: { label: 'menu.securityAlerts', icon: createElement(AlertOutlined), group: 'system', order: 40 },
  },
];
