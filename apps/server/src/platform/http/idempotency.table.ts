import type { Generated } from 'kysely';

/** The first answer to a request sent with an Idempotency-Key, per user (platform/http/idempotency.ts). */
export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  /** Null while the creating request has committed but not yet answered. */
  status_code: number | null;
  content_type: string | null;
  body: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
}

declare module '../../db/schema.ts' {
  interface Database {
    idempotency_key: IdempotencyKeyTable;
  }
}
