import { createElement, lazy } from 'react';
import { EnvironmentOutlined, FireOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/major-hazard/units',
    page: lazy(() => import('./pages/UnitsPage.tsx')),
    permission: 'majorhazard.read',
    menu: { label: 'menu.majorHazardUnits', icon: createElement(FireOutlined), group: 'safety', order: 60 },
  },
  {
    path: '/major-hazard/units/new',
    page: lazy(() => import('./pages/UnitFormPage.tsx')),
    permission: 'majorhazard.write',
  },
  {
    path: '/major-hazard/units/:id',
    page: lazy(() => import('./pages/UnitDetailPage.tsx')),
    permission: 'majorhazard.read',
  },
  {
    path: '/major-hazard/units/:id/edit',
    page: lazy(() => import('./pages/UnitFormPage.tsx')),
    permission: 'majorhazard.write',
  },
  {
    path: '/major-hazard/map',
    page: lazy(() => import('./pages/MajorHazardMapPage.tsx')),
    permission: 'majorhazard.read',
    menu: {
      label: 'menu.majorHazardMap',
      icon: createElement(EnvironmentOutlined),
      group: 'safety',
      order: 61,
    },
  },
  {
    path: '/major-hazard/baobao',
    page: lazy(() => import('./pages/BaobaoPage.tsx')),
    permission: 'majorhazard.read',
  },
  {
    // The public calculator: no login, outside the main layout.
    path: '/public/major-hazard-calculator',
    page: lazy(() => import('./pages/PublicCalculatorPage.tsx')),
    permission: 'public',
  },
];
