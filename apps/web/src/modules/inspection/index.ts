import { createElement, lazy } from 'react';
import { FileSearchOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

/** 现场检查: the inspections recorded on a phone, their findings and the documents they issued. */
export const routes: PageRoute[] = [
  {
    path: '/inspections',
    page: lazy(() => import('./pages/InspectionsPage.tsx')),
    permission: 'enforcement.read',
    menu: { label: 'menu.inspections', icon: createElement(FileSearchOutlined), group: 'safety', order: 72 },
  },
  {
    path: '/inspections/:id',
    page: lazy(() => import('./pages/InspectionDetailPage.tsx')),
    permission: 'enforcement.read',
  },
];
