import { lazy } from 'react';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    // The QR code on every 执法文书: no login, outside the main layout.
    path: '/verify/:id',
    page: lazy(() => import('./pages/VerifyDocumentPage.tsx')),
    permission: 'public',
  },
];
