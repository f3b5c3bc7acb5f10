import type { ModuleManifest } from '../../platform/module.ts';
import { registerNotificationRoutes } from './notification.routes.ts';
import { retryPendingDeliveries } from './notification.outbound.ts';

/**
 * 站内消息 and the outbound channel: what the hazard loop tells the party that must act next. Other modules
 * write notifications in their own transaction (`notifyUsers`) and send the outbox after commit
 * (`dispatchAfterCommit`).
 */
export const notificationModule: ModuleManifest = {
  name: 'notification',
  registerRoutes: registerNotificationRoutes,
  jobs: [
    {
      name: 'notifications.outbound-retry',
      schedule: '* * * * *',
      run: retryPendingDeliveries,
      runAtStart: true,
    },
  ],
};

export { notifyUsers } from './notification.service.ts';
export { dispatchAfterCommit } from './notification.outbound.ts';
