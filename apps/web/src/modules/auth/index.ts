import { lazy } from 'react';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  { path: '/login', page: lazy(() => import('./pages/LoginPage.tsx')), permission: 'public' },
];
