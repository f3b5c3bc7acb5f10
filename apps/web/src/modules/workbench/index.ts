import { createElement, lazy } from 'react';
import { HomeOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    // First in the menu: where every role lands after login (app/menu.tsx firstPage).
    path: '/workbench',
    page: lazy(() => import('./pages/WorkbenchPage.tsx')),
    permission: 'signed-in',
    menu: { label: 'menu.workbench', icon: createElement(HomeOutlined), order: 5 },
  },
];
