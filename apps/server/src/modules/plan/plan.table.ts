import type { ColumnType, Generated } from 'kysely';

type NullableNumeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;

export interface PlanPeriodTable {
  id: string;
  division_code: string;
  name: string;
  start_year: number;
  end_year: number;
  baseline_from: number;
  baseline_to: number;
  baseline_label: string | null;
  created_at: Generated<Date>;
}

export interface PlanTargetTable {
  id: string;
  plan_id: string;
  division_code: string;
  indicator_key: string;
  baseline: NullableNumeric;
  target: ColumnType<string, number | string, number | string>;
  stated_drop: NullableNumeric;
  stated_annual_drop: NullableNumeric;
  note: string | null;
  decomposed_from: string | null;
  updated_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    plan_period: PlanPeriodTable;
    plan_target: PlanTargetTable;
  }
}
