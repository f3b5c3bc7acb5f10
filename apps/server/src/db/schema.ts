import type { Generated } from 'kysely';
import type { AuditTable } from '../platform/audit/audit.table.ts';
import type { SessionTable, SettingTable } from '../platform/auth/session.table.ts';
import type { DepartmentTable, DivisionTable, SectorTable } from '../modules/org/org.table.ts';
import type { RoleTable, UserTable } from '../modules/users/user.table.ts';

/** Every table, assembled once from the types that live next to their modules. */
export interface Database {
  schema_migration: { name: string; applied_at: Generated<Date> };
  division: DivisionTable;
  sector: SectorTable;
  department: DepartmentTable;
  role: RoleTable;
  app_user: UserTable;
  user_session: SessionTable;
  setting: SettingTable;
  audit_log: AuditTable;
}
