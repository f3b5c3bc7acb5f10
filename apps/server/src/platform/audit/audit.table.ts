import type { Generated } from 'kysely';

export interface AuditTable {
  id: Generated<number>;
  at: Date;
  user_id: string | null;
  username: string | null;
  role_code: string | null;
  org: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  event_type: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  reason: string | null;
  diff: unknown;
  prev_hash: string;
  row_hash: string;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    audit_log: AuditTable;
  }
}
