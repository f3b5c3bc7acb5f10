import type { Generated } from 'kysely';

export interface SessionTable {
  token_hash: string;
  user_id: string;
  stage: 'mfa' | 'full';
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface SettingTable {
  key: string;
  value: unknown;
  updated_at: Generated<Date>;
}

/** Attempt counters of usernames that have no account (AUTH-02). */
export interface LoginThrottleTable {
  username: string;
  failed_logins: number;
  locked_until: Date | null;
  updated_at: Date;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    user_session: SessionTable;
    login_throttle: LoginThrottleTable;
    setting: SettingTable;
  }
}
