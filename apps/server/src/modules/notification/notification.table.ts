import type { Generated } from 'kysely';

/**
 * In-app notifications (站内消息). A reminder (no event) is one per (hazard, kind, user), so reminder jobs
 * can rerun; a step of the hazard loop is one per (event, user); a monitoring alarm one per (alarm, user).
 */
export interface NotificationTable {
  id: string;
  user_id: string;
  hazard_id: string | null;
  event_id: number | null;
  alarm_id: string | null;
  kind: string;
  title: string;
  body: string;
  created_at: Generated<Date>;
  read_at: Date | null;
}

/** The outbound channel's outbox: written with the notification, sent after commit, retried by a job. */
export interface NotificationDeliveryTable {
  id: string;
  notification_id: string;
  channel: 'webhook';
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Generated<Date>;
  created_at: Generated<Date>;
  sent_at: Date | null;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    notification: NotificationTable;
    notification_delivery: NotificationDeliveryTable;
  }
}
