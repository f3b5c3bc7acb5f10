import { createElement, lazy } from 'react';
import {
  BellOutlined,
  CameraOutlined,
  FileSearchOutlined,
  FlagOutlined,
  NotificationOutlined,
  PieChartOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { PageRoute } from '../../app/page-route.ts';

export const routes: PageRoute[] = [
  {
    path: '/hazards',
    page: lazy(() => import('./pages/HazardsPage.tsx')),
    permission: 'hazard.read',
    menu: { label: 'menu.hazards', icon: createElement(FileSearchOutlined), group: 'dual', order: 10 },
  },
  {
    path: '/hazards/report',
    page: lazy(() => import('./pages/HazardReportPage.tsx')),
    permission: 'hazard.report',
    menu: { label: 'menu.hazardReport', icon: createElement(CameraOutlined), group: 'dual', order: 20 },
  },
  {
    path: '/hazards/rectify',
    page: lazy(() => import('./pages/RectifyPage.tsx')),
    permission: 'hazard.rectify',
    menu: { label: 'menu.hazardRectify', icon: createElement(ToolOutlined), group: 'dual', order: 30 },
  },
  {
    path: '/hazards/stats',
    page: lazy(() => import('./pages/HazardStatsPage.tsx')),
    permission: 'hazard.read',
    menu: { label: 'menu.hazardStats', icon: createElement(PieChartOutlined), group: 'dual', order: 40 },
  },
  {
    path: '/hazards/flags',
    page: lazy(() => import('./pages/HazardFlagsPage.tsx')),
    permission: 'hazard.assess',
    menu: { label: 'menu.hazardFlags', icon: createElement(FlagOutlined), group: 'dual', order: 50 },
  },
  {
    path: '/hazards/:id',
    page: lazy(() => import('./pages/HazardDetailPage.tsx')),
    permission: 'hazard.read',
  },
  {
    path: '/notifications',
    page: lazy(() => import('./pages/NotificationsPage.tsx')),
    permission: 'hazard.read',
    menu: {
      label: 'menu.notifications',
      icon: createElement(BellOutlined),
      group: 'dual',
      order: 100,
      badge: lazy(() => import('./components/InboxBadge.tsx')),
    },
  },
  {
    path: '/notification-channel',
    page: lazy(() => import('./pages/NotificationChannelPage.tsx')),
    permission: 'notification.channel',
    menu: {
      label: 'menu.notificationChannel',
      icon: createElement(NotificationOutlined),
      group: 'system',
      order: 60,
    },
  },
];

// Risk control and self-inspection use the checklists, the photo upload and the calculators.
export { type Checklist, type HazardPhoto, hazardApi } from './hazard.api.ts';
export { PhotoUpload } from './components/PhotoUpload.tsx';
export { useChecklists } from './use-checklists.ts';
