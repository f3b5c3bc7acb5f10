import { createElement, lazy } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/accidents',
    page: lazy(() => import('./pages/AccidentsPage.tsx')),
    permission: 'accident.read',
    menu: { label: 'menu.accidents', icon: createElement(AlertOutlined), group: 'safety', order: 20 },
  },
  {
    path: '/accidents/:id',
    page: lazy(() => import('./pages/AccidentDetailPage.tsx')),
    permission: 'accident.read',
  },
];

// What other modules may use: the dashboard and the indicators read accident statistics and grades.
export { type Accident, type AccidentStats, accidentApi } from './accident.api.ts';
export { GradeTag, gradeColors } from './components/GradeTag.tsx';
