import type { ColumnType, Generated, JSONColumnType } from 'kysely';

import type { Numeric } from '../../db/column-types.ts';

export interface AccidentTable {
  id: string;
  division_code: string;
  occurred_at: Date;
  stat_year: number;
  title: string;
  location: string | null;
  longitude: number | null;
  latitude: number | null;
  enterprise_id: string | null;
  enterprise_name: string | null;
  category: string;
  sector: string | null;
  accident_type: string;
  deaths: number;
  serious_injuries: number;
  minor_injuries: number;
  missing: number;
  direct_loss: Numeric;
  grade: string;
  grade_rule_version: string;
  description: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AccidentReportStepTable {
  id: string;
  accident_id: string;
  division_code: string;
  level: string;
  reported_at: Date;
  reported_by: string | null;
  note: string | null;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface Casualties {
  deaths: number;
  seriousInjuries: number;
  minorInjuries: number;
  missing: number;
  directLoss: number;
}

export interface AccidentSupplementTable {
  id: string;
  accident_id: string;
  division_code: string;
  reported_at: Date;
  before: JSONColumnType<Casualties>;
  after: JSONColumnType<Casualties>;
  grade_before: string;
  grade_after: string;
  note: string;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface AccidentInvestigationTable {
  accident_id: string;
  division_code: string;
  status: Generated<string>;
  lead_agency: string | null;
  findings: string | null;
  direct_cause: string | null;
  indirect_cause: string | null;
  nature: Generated<string>;
  responsible_parties: JSONColumnType<unknown[]>;
  penalties: JSONColumnType<unknown[]>;
  concluded_at: ColumnType<string | null, string | null | undefined, string | null>;
  closed_at: Date | null;
  updated_at: Generated<Date>;
}

export interface AccidentMeasureTable {
  id: string;
  accident_id: string;
  division_code: string;
  content: string;
  owner: string;
  owner_unit: string | null;
  deadline: ColumnType<string, string, string>;
  status: Generated<string>;
  completed_at: Date | null;
  verified_at: Date | null;
  created_at: Generated<Date>;
}

export interface AccidentMeasureFollowupTable {
  id: string;
  measure_id: string;
  division_code: string;
  at: Generated<Date>;
  note: string;
  status_after: string;
  recorded_by: string | null;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    accident: AccidentTable;
    accident_report_step: AccidentReportStepTable;
    accident_supplement: AccidentSupplementTable;
    accident_investigation: AccidentInvestigationTable;
    accident_measure: AccidentMeasureTable;
    accident_measure_followup: AccidentMeasureFollowupTable;
  }
}
