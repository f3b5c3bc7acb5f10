import type { ColumnType, Generated } from 'kysely';
import type { InspectionFrequency, PlanItem } from '@anjian/domain';

/** A date column: written and read as 'YYYY-MM-DD' (selected with ::text). */
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface SelfInspectionPlanTable {
  id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  name: string;
  frequency: InspectionFrequency;
  assignee: string | null;
  items: Json<PlanItem[]>;
  starts_on: DateColumn;
  ends_on: DateColumn | null;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** One item's outcome as recorded on a task, with the plan item's wording kept beside it. */
export interface RecordedItem extends PlanItem {
  index: number;
  ok: boolean;
  comment: string | null;
  hazardId: string | null;
}

export interface SelfInspectionTaskTable {
  id: string;
  plan_id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  period_key: string;
  period_start: DateColumn;
  period_end: DateColumn;
  done_at: Date | null;
  done_on: DateColumn | null;
  done_by: string | null;
  done_by_name: string | null;
  results: ColumnType<RecordedItem[] | null, string | null, string | null>;
  hazard_ids: Generated<string[]>;
  comment: string | null;
  created_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    self_inspection_plan: SelfInspectionPlanTable;
    self_inspection_task: SelfInspectionTaskTable;
  }
}
