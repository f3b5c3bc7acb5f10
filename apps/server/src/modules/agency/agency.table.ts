import type { ColumnType, Generated } from 'kysely';

export interface Qualification {
  kind: string;
  number: string;
  level?: string | null;
  issuer?: string | null;
  expiresOn: string;
}

export interface AgencyTable {
  id: string;
  name: string;
  credit_code: string;
  division_code: string;
  address: string | null;
  contact_person: string | null;
  qualifications: ColumnType<Qualification[], string | undefined, string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgencyStaffTable {
  id: string;
  agency_id: string;
  name: string;
  title: string | null;
  certificate_no: string | null;
  specialty: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

/** Dates are read as text (`YYYY-MM-DD`): see the date type parser note in the repositories. */
export interface AgencyContractTable {
  id: string;
  agency_id: string;
  enterprise_id: string;
  /** The enterprise's division: the distribution key (decision 0011). */
  division_code: string;
  kind: 'custody' | 'government_purchase';
  contract_no: string | null;
  starts_on: string;
  ends_on: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface AgencyVisitTable {
  id: string;
  agency_id: string;
  enterprise_id: string;
  /** The enterprise's division: the distribution key (decision 0011). */
  division_code: string;
  contract_id: string | null;
  visited_on: string;
  kind: string;
  staff_ids: Generated<string[]>;
  summary: string;
  hazards_found: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    agency: AgencyTable;
    agency_staff: AgencyStaffTable;
    agency_contract: AgencyContractTable;
    agency_visit: AgencyVisitTable;
  }
}
