import type { ColumnType, Generated } from 'kysely';
import type { HazardLevel, HazardSource, HazardStatus, RectificationPlan } from '@anjian/domain';

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
