import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { PasswordHash } from '../../platform/auth/password-hash.ts';
import type { Sensitivity } from '@anjian/domain';

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role_code: string | null;
  division_code: string | null;
  department_id: string | null;
  enterprise_id: string | null;
  agency_id: Generated<string | null>;
  status: Generated<'active' | 'disabled'>;
  clearance: Generated<Sensitivity>;
  password_hash: JSONColumnType<PasswordHash>;
  password_history: ColumnType<PasswordHash[], string | undefined, string>;
  password_changed_at: ColumnType<Date, Date | undefined, Date>;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  recovery_codes: ColumnType<string[], string | undefined, string>;
  expires_at: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RoleTable {
  code: string;
  mfa_required: Generated<boolean>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    role: RoleTable;
    app_user: UserTable;
  }
}
