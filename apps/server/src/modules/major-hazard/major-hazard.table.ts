import type { Generated, JSONColumnType } from 'kysely';
import type { MajorHazardCalcResult, MajorHazardChemicalInput } from '@anjian/domain';
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
  assessed_by: string | null;
  assessed_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface Database {
    major_hazard_unit: MajorHazardUnitTable;
    major_hazard_assessment: MajorHazardAssessmentTable;
  }
}
