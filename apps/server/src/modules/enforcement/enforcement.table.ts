import type { ColumnType, Generated } from 'kysely';
import type { CasePenaltyDto, DiscretionBenchmark } from '@anjian/domain';

/** jsonb written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
/** A `date` column: written as YYYY-MM-DD, read as `::text` (the repository casts it). */
type DateCol = ColumnType<string, string, string>;
type NullableDateCol = ColumnType<string | null, string | null | undefined, string | null>;

export interface EnforcementOfficerTable {
  id: string;
  division_code: string;
  name: string;
  cert_no: string;
  user_id: string | null;
  conflict_enterprise_ids: Generated<string[]>;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface EnforcementCaseCounterTable {
  division_code: string;
  year: number;
  last_seq: number;
}

export interface EnforcementCaseTable {
  id: string;
  case_no: string;
  division_code: string;
  sector: string;
  authority_division: string;
  enterprise_id: string;
  title: string;
  facts: string | null;
  source: string;
  status: string;
  major: boolean;
  hearing_offered: Generated<boolean>;
  legal_review_passed: Generated<boolean>;
  legal_review_return_to: string | null;
  investigator_ids: string[];
  filed_on: DateCol;
  handed_over: boolean | null;
  service_method: string | null;
  paid_on: NullableDateCol;
  penalty: NullableJson<CasePenaltyDto>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EnforcementCaseStepTable {
  id: Generated<number>;
  case_id: string;
  division_code: string;
  step: string;
  from_status: string | null;
  to_status: string;
  on_date: DateCol;
  user_id: string | null;
  user_name: string | null;
  comment: string | null;
  detail: NullableJson<Record<string, unknown>>;
  procedure: NullableJson<{ title: string; number: string; version: string }>;
  created_at: Generated<Date>;
}

export interface EnforcementBenchmarkTable {
  id: string;
  division_code: string;
  effective_from: DateCol;
  document: Json<DiscretionBenchmark>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface PlanFrequency {
  red: number;
  orange: number;
  yellow: number;
  blue: number;
}

export interface EnforcementPlanTable {
  id: string;
  division_code: string;
  year: number;
  title: string;
  frequency: Json<PlanFrequency>;
  monthly_planned: number[];
  key_enterprise_ids: Generated<string[]>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DrawPair {
  inspectorId: string;
  targetId: string;
}
export interface DrawInputs {
  targets: string[];
  inspectors: string[];
  targetCount: number;
  inspectorsPerTarget: number;
  conflicts: DrawPair[];
  previousPairs: DrawPair[];
}

export interface EnforcementDrawTable {
  id: string;
  plan_id: string;
  division_code: string;
  month: number;
  algorithm: string;
  seed: string;
  inputs: Json<DrawInputs>;
  created_by: string | null;
  published_at: Generated<Date>;
}

export interface EnforcementDrawAssignmentTable {
  draw_id: string;
  seq: number;
  division_code: string;
  enterprise_id: string;
  officer_ids: string[];
  inspected_on: NullableDateCol;
}

declare module '../../db/schema.ts' {
  interface Database {
    enforcement_officer: EnforcementOfficerTable;
    enforcement_case_counter: EnforcementCaseCounterTable;
    enforcement_case: EnforcementCaseTable;
    enforcement_case_step: EnforcementCaseStepTable;
    enforcement_benchmark: EnforcementBenchmarkTable;
    enforcement_plan: EnforcementPlanTable;
    enforcement_draw: EnforcementDrawTable;
    enforcement_draw_assignment: EnforcementDrawAssignmentTable;
  }
}
