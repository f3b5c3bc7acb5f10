import type { ColumnType, Generated } from 'kysely';
import type { HazardLevel, HazardSource, HazardStatus, RectificationPlan, Sensitivity } from '@anjian/domain';

/** A date column: written and read as 'YYYY-MM-DD' (selected with ::text). */
type DateColumn = ColumnType<string, string, string>;

export interface HazardTable {
  id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  source: HazardSource;
  location: string;
  description: string;
  checklist_item: string | null;
  level: Generated<HazardLevel>;
  status: Generated<HazardStatus>;
  sensitivity: Generated<Sensitivity>;
  deadline: DateColumn | null;
  plan: ColumnType<RectificationPlan | null, string | null | undefined, string | null>;
  listed_by_division: string | null;
  listed_by_name: string | null;
  supervision_deadline: DateColumn | null;
  found_at: Date;
  reported_by: string | null;
  reported_at: Generated<Date>;
  assessed_by: string | null;
  assessed_at: Date | null;
  rectified_by: string | null;
  accepted_by: string | null;
  accepted_at: Date | null;
  rejections: Generated<number>;
  updated_at: Generated<Date>;
}

export interface HazardEventTable {
  id: Generated<number>;
  hazard_id: string;
  division_code: string;
  action: string;
  from_status: string | null;
  to_status: string;
  user_id: string | null;
  username: string | null;
  display_name: string | null;
  role_code: string | null;
  comment: string | null;
  photos: Generated<string[]>;
  detail: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  at: Generated<Date>;
}

export interface UploadTable {
  sha256: string;
  mime: string;
  size: number;
  uploaded_by: string | null;
  created_at: Generated<Date>;
}

/** Migration 0009: counts per county, sector and month (China time), kept exact by triggers on hazard. */
export interface HazardRollupTable {
  county: string;
  sector: string;
  month: string;
  n: number;
  major: number;
  reported: number;
  assessed: number;
  rectifying: number;
  acceptance_requested: number;
  accepted: number;
  closed_late: number;
  with_deadline: number;
  open_major: number;
  self_found: number;
}
/** Migration 0009: open hazards per county, sector (or '*') and month of their deadline. */
export interface HazardOpenDueTable {
  county: string;
  sector: string;
  due_month: string;
  n: number;
}
/** Migration 0009: hazards per enterprise, county and sector of all time (the reporting enterprises). */
export interface HazardReporterTable {
  county: string;
  sector: string;
  enterprise_id: string;
  n: number;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    hazard: HazardTable;
    hazard_event: HazardEventTable;
    upload: UploadTable;
    hazard_rollup: HazardRollupTable;
    hazard_reporter: HazardReporterTable;
    hazard_open_due: HazardOpenDueTable;
  }
}
