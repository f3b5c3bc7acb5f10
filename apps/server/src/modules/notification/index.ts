import type { ModuleManifest } from '../../platform/module.ts';
import { registerNotificationRoutes } from './notification.routes.ts';

/** 站内消息: what the hazard loop tells the party that must act next. */
export const notificationModule: ModuleManifest = {
  name: 'notification',
  registerRoutes: registerNotificationRoutes,
};
