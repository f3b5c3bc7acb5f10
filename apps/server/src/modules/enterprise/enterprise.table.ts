import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface Licence {
  kind: string;
  number: string;
  issuer?: string | null;
  expiresOn?: string | null;
}
export interface LiabilityInsurance {
  insurer: string;
  policyNo: string;
  expiresOn: string;
  insuredAmount?: number | null;
}
export interface SafetyCost {
  year: number;
  extracted: number;
  used: number;
}

/** jsonb written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface EnterpriseTable {
  id: string;
  credit_code: string;
  name: string;
  division_code: string;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  sector: string;
  secondary_sectors: Generated<string[]>;
  industry_code: string | null;
  size_class: string | null;
  employees: number | null;
  status: Generated<'normal' | 'suspended' | 'closed' | 'banned'>;
  principal: string | null;
  safety_manager: string | null;
  registered_safety_engineers: Generated<number>;
  standardization_level: Generated<'none' | 'level1' | 'level2' | 'level3'>;
  licences: Json<Licence[]>;
  liability_insurance: ColumnType<LiabilityInsurance | null, string | null | undefined, string | null>;
  safety_costs: Json<SafetyCost[]>;
  high_risk_processes: Generated<string[]>;
  grid_user_id: string | null;
  industry_department_id: string | null;
  industry_person: string | null;
  enterprise_person: string | null;
  supervision_focus: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EnterpriseStatusChangeTable {
  id: Generated<number>;
  enterprise_id: string;
  /** The enterprise's division when the row was written: the distribution key (decision 0011). */
  division_code: string;
  from_status: string;
  to_status: string;
  reason: string;
  effective_on: ColumnType<string, string, string>;
  user_id: string | null;
  username: string | null;
  at: Generated<Date>;
}

export interface EnterpriseChangeTable {
  id: Generated<number>;
  enterprise_id: string;
  /** The enterprise's division when the row was written: the distribution key (decision 0011). */
  division_code: string;
  user_id: string | null;
  username: string | null;
  role_code: string | null;
  by_enterprise: Generated<boolean>;
  source: 'create' | 'update' | 'status' | 'grid' | 'import';
  changes: JSONColumnType<Record<string, { before: unknown; after: unknown }>>;
  at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    enterprise: EnterpriseTable;
    enterprise_status_change: EnterpriseStatusChangeTable;
    enterprise_change: EnterpriseChangeTable;
  }
}
