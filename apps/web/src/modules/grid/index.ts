import { createElement, lazy } from 'react';
import { PartitionOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/grid',
    page: lazy(() => import('./pages/GridCoveragePage.tsx')),
    permission: 'grid.read',
    menu: { label: 'menu.grid', icon: createElement(PartitionOutlined), group: 'registry', order: 30 },
  },
];
