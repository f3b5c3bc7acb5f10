import type { SecurityAlertKind } from '@anjian/domain';
import type { Generated } from 'kysely';

export interface SecurityAlertTable {
  id: string;
  kind: SecurityAlertKind;
  subject: string;
  window_start: Date;
  count: number;
  detail: string;
  created_at: Generated<Date>;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    security_alert: SecurityAlertTable;
  }
}
