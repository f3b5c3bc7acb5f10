import { createElement, lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/audit',
    page: lazy(() => import('./pages/AuditPage.tsx')),
    permission: 'audit.read',
    menu: { label: 'menu.audit', icon: createElement(AuditOutlined), order: 70 },
  },
];
