import { createElement, lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/users',
    page: lazy(() => import('./pages/UsersPage.tsx')),
    permission: 'user.read',
    menu: { label: 'menu.users', icon: createElement(TeamOutlined), group: 'system', order: 10 },
  },
];
