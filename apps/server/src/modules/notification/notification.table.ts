import type { Generated } from 'kysely';

/** In-app notifications (站内消息); one per (hazard, kind, user), so reminder jobs can rerun. */
export interface NotificationTable {
  id: string;
  user_id: string;
  hazard_id: string | null;
  kind: string;
  title: string;
  body: string;
  created_at: Generated<Date>;
  read_at: Date | null;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    notification: NotificationTable;
  }
}
