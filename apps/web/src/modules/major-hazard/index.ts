import { createElement, lazy } from 'react';
import { EnvironmentOutlined, FireOutlined, ScheduleOutlined, TableOutlined } from '@ant-design/icons';
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
    // GB 18218-2018 Tables 1–6, read-only for regulators and enterprises.
    path: '/major-hazard/standard',
    page: lazy(() => import('./pages/StandardPage.tsx')),
    permission: 'majorhazard.read',
    menu: {
      label: 'menu.majorHazardStandard',
      icon: createElement(TableOutlined),
      group: 'safety',
      order: 61.5,
    },
  },
  {
    path: '/major-hazard/duty-cycles',
    page: lazy(() => import('./pages/DutyCyclesPage.tsx')),
    permission: 'majorhazard.read',
  },
  // The same pages for the system administrator (reference.write holds no business permission): editable.
  {
    path: '/system/major-hazard-standard',
    page: lazy(() => import('./pages/StandardPage.tsx')),
    permission: 'reference.write',
    menu: {
      label: 'menu.majorHazardStandardAdmin',
      icon: createElement(TableOutlined),
      group: 'system',
      order: 70,
    },
  },
  {
    path: '/system/major-hazard-duty-cycles',
    page: lazy(() => import('./pages/DutyCyclesPage.tsx')),
    permission: 'reference.write',
    menu: {
      label: 'menu.majorHazardDutyCyclesAdmin',
      icon: createElement(ScheduleOutlined),
      group: 'system',
      order: 71,
    },
  },
  {
    // The public calculator: no login, outside the main layout.
    path: '/public/major-hazard-calculator',
    page: lazy(() => import('./pages/PublicCalculatorPage.tsx')),
    permission: 'public',
  },
];
