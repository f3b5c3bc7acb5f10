import type { ColumnType, Generated } from 'kysely';

/** A finding as stored: the form's fields plus the hazard it became. */
export interface StoredFinding {
  checklistItem: string;
  description: string;
  location: string;
  level: '一般' | '重大';
  legalBasis: string;
  /** 整改期限: the finding's own, or the inspection's rectifyBy. */
  deadline: string;
  photos: string[];
  hazardId: string;
  /** The last 整改复查 of the finding (absent until reviewed). */
  review?: { rectified: boolean; reviewedOn: string; comment: string | null };
}

export interface InspectionTable {
  id: string;
  enterprise_id: string;
  division_code: string;
  assignment_id: string | null;
  idempotency_key: string;
  status: 'rectifying' | 'closed';
  findings: ColumnType<StoredFinding[], string, string>;
  measures: Generated<string[]>;
  rectify_by: ColumnType<string | null, string | null, string | null>;
  inspected_by: string | null;
  inspected_by_name: string | null;
  created_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    inspection: InspectionTable;
  }
}
