import type { Generated } from 'kysely';

export interface MonitoringPointTable {
  id: string;
  unit_id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  code: string;
  name: string;
  kind: string;
  uom: string;
  high: number | null;
  high_high: number | null;
  last_value: number | null;
  last_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  retired_at: Date | null;
}

export interface MonitoringMinuteTable {
  point_id: string;
  minute: Date;
  division_code: string;
  min: number;
  max: number;
  sum: number;
  count: number;
  last: number;
  last_at: Date;
}

export interface MonitoringAlarmTable {
  id: string;
  point_id: string;
  unit_id: string;
  enterprise_id: string;
  division_code: string;
  sector: string;
  kind: string;
  value: number | null;
  threshold: number | null;
  peak: number | null;
  raised_at: Date;
  cleared_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledged_name: string | null;
  comment: string | null;
  hazard_id: string | null;
}

declare module '../../db/schema.ts' {
  interface Database {
    monitoring_point: MonitoringPointTable;
    monitoring_minute: MonitoringMinuteTable;
    monitoring_alarm: MonitoringAlarmTable;
  }
}
