import { createElement, lazy } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/roles',
    page: lazy(() => import('./pages/RolesPage.tsx')),
    permission: 'role.read',
    menu: { label: 'menu.roles', icon: createElement(IdcardOutlined), group: 'system', order: 20 },
  },
];
