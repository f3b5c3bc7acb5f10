import { createElement, lazy } from 'react';
import { ApartmentOutlined, GlobalOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/org/divisions',
    page: lazy(() => import('./pages/DivisionsPage.tsx')),
    permission: 'org.read',
    menu: { label: 'menu.divisions', icon: createElement(GlobalOutlined), group: 'org', order: 10 },
  },
  {
    path: '/org/departments',
    page: lazy(() => import('./pages/DepartmentsPage.tsx')),
    permission: 'org.read',
    menu: { label: 'menu.departments', icon: createElement(ApartmentOutlined), group: 'org', order: 20 },
  },
];
