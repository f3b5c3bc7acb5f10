import { createElement, lazy } from 'react';
import { UserOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/account',
    page: lazy(() => import('./pages/AccountPage.tsx')),
    permission: 'signed-in',
    menu: { label: 'menu.account', icon: createElement(UserOutlined), order: 80 },
  },
];
