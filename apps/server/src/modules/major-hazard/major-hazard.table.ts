import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { MajorHazardCalcResult, MajorHazardChemicalInput, StandardEntryValue } from '@anjian/domain';
import type { Numeric } from '../../db/column-types.ts';

export interface MajorHazardUnitTable {
  id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  kind: string;
  name: string;
  exposed_people: number;
  chemicals: JSONColumnType<MajorHazardChemicalInput[]>;
  s_exact: string;
  r_exact: string;
  s_value: Numeric;
  r_value: Numeric;
  is_major: boolean;
  level: string | null;
  tables_version: string;
  tables_revision: Generated<number>;
  revision: number;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MajorHazardAssessmentTable {
  id: Generated<string>;
  unit_id: string;
  division_code: string;
  revision: number;
  exposed_people: number;
  chemicals: JSONColumnType<MajorHazardChemicalInput[]>;
  result: JSONColumnType<MajorHazardCalcResult>;
  tables_version: string;
  tables_revision: Generated<number>;
  assessed_by: string | null;
  assessed_at: Generated<Date>;
}

type DateColumn = ColumnType<string, string, string>;

export interface MajorHazardRegistrationTable {
  unit_id: string;
  division_code: string;
  record_no: string | null;
  registered_on: ColumnType<string | null, string | null, string | null>;
  evaluated_on: ColumnType<string | null, string | null, string | null>;
  evaluated_revision: number | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface MajorHazardGuarantorTable {
  unit_id: string;
  role: string;
  division_code: string;
  name: string;
  title: string | null;
  phone: string | null;
  updated_at: Generated<Date>;
}

export interface MajorHazardDutyCheckTable {
  id: string;
  unit_id: string;
  division_code: string;
  role: string;
  performed_on: DateColumn;
  note: string | null;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

/** A 包保 duty of one source, role and period [period_start, period_end); due = period_end. */
export interface MajorHazardDutyTaskTable {
  id: string;
  unit_id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  role: string;
  period_start: DateColumn;
  period_end: DateColumn;
  done_at: Date | null;
  check_id: string | null;
  created_at: Generated<Date>;
}

export interface MajorHazardDutyCycleTable {
  role: string;
  cycle_num: number;
  cycle_unit: string;
  citation: string;
  verified: boolean;
  effective_from: DateColumn;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** GB 18218-2018 Tables 1–6, one row per entry (reference data; `value` is the domain's row of the table). */
export interface MajorHazardStandardEntryTable {
  standard: string;
  table_no: number;
  entry_key: string;
  sort: number;
  value: JSONColumnType<StandardEntryValue>;
  shipped: JSONColumnType<StandardEntryValue>;
  revision: Generated<number>;
  edited_by: string | null;
  edited_at: Date | null;
}

declare module '../../db/schema.ts' {
  interface Database {
    major_hazard_unit: MajorHazardUnitTable;
    major_hazard_assessment: MajorHazardAssessmentTable;
    major_hazard_registration: MajorHazardRegistrationTable;
    major_hazard_guarantor: MajorHazardGuarantorTable;
    major_hazard_duty_check: MajorHazardDutyCheckTable;
    major_hazard_duty_cycle: MajorHazardDutyCycleTable;
    major_hazard_duty_task: MajorHazardDutyTaskTable;
    major_hazard_standard_entry: MajorHazardStandardEntryTable;
  }
}
