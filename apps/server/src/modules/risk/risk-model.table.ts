import type { Generated } from 'kysely';
import type {
  CheckResult,
  ControlMeasureType,
  CycleUnit,
  ResponsibleLevel,
  RiskColor,
  RiskLevel,
  RiskObjectKind,
} from '@anjian/domain';

/** Scope columns copied from the enterprise onto every risk-model row. */
interface Scoped {
  id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  created_at: Generated<Date>;
}

export interface RiskObjectTable extends Scoped {
  kind: RiskObjectKind;
  name: string;
  code: string | null;
  description: string | null;
  created_by: string | null;
}

export interface RiskUnitTable extends Scoped {
  object_id: string;
  name: string;
  location: string | null;
  department: string;
  responsible_person: string;
  /** Sealed (platform/personal): never the plain number. */
  responsible_phone: string | null;
  responsible_phone_index: string | null;
  responsible_phone_masked: string | null;
}

export interface RiskEventTable extends Scoped {
  unit_id: string;
  name: string;
  consequence: string | null;
  method: 'LEC' | 'LS';
  l: number;
  e: number | null;
  c: number | null;
  s: number | null;
  score: number;
  danger_class: string | null;
  level: RiskLevel;
  color: RiskColor;
  rule_version: string;
}

export interface RiskMeasureTable extends Scoped {
  event_id: string;
  unit_id: string;
  type: ControlMeasureType;
  content: string;
  responsible_level: ResponsibleLevel;
  responsible_person: string | null;
}

export interface RiskCheckTaskTable extends Scoped {
  measure_id: string;
  unit_id: string;
  content: string;
  cycle_num: number;
  cycle_unit: CycleUnit;
  responsible_person: string | null;
  starts_at: Generated<Date>;
}

export interface RiskCheckRecordTable extends Scoped {
  task_id: string;
  result: CheckResult;
  hazard_id: string | null;
  comment: string | null;
  checked_at: Date;
  checked_by: string | null;
  checker_name: string | null;
}

export type RiskTableName =
  'risk_object' | 'risk_unit' | 'risk_event' | 'risk_measure' | 'risk_check_task' | 'risk_check_record';

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    risk_object: RiskObjectTable;
    risk_unit: RiskUnitTable;
    risk_event: RiskEventTable;
    risk_measure: RiskMeasureTable;
    risk_check_task: RiskCheckTaskTable;
    risk_check_record: RiskCheckRecordTable;
  }
}
