import {
  type CheckRecordDto,
  type CheckTaskDto,
  type CycleUnit,
  type RiskEventDto,
  type RiskLevel,
  type RiskMeasureDto,
  type RiskObjectDto,
  type RiskUnitDto,
  cycleUnitNames,
  nextDueOf,
  riskColorOf,
} from '@anjian/domain';
import type { Row, TaskRow, UnitHeaderRow, UnitListRow } from './risk-model.repository.ts';

const gradeOf = (level: RiskLevel | null) => ({ grade: level, color: riskColorOf(level) });

export const presentObject = (
  r: Row<'risk_object'> & { enterprise_name: string; unit_count: number | string | null },
): RiskObjectDto => ({
  id: r.id,
  enterprise: { id: r.enterprise_id, name: r.enterprise_name },
  divisionCode: r.division_code,
  kind: r.kind,
  name: r.name,
  code: r.code,
  description: r.description,
  unitCount: Number(r.unit_count ?? 0),
  createdAt: new Date(r.created_at).toISOString(),
});

export const presentUnit = (r: UnitListRow | UnitHeaderRow, level: RiskLevel | null): RiskUnitDto => ({
  id: r.id,
  enterprise: { id: r.enterprise_id, name: r.enterprise_name },
  object: { id: r.object_id, name: r.object_name, kind: r.object_kind },
  divisionCode: r.division_code,
  name: r.name,
  location: r.location,
  department: r.department,
  responsiblePerson: r.responsible_person,
  responsiblePhone: r.responsible_phone_masked, // PI-02: the plain number only through the audited reveal
  ...gradeOf(level),
});

export const presentEvent = (r: Row<'risk_event'>): RiskEventDto => ({
  id: r.id,
  unitId: r.unit_id,
  name: r.name,
  consequence: r.consequence,
  method: r.method,
  scores:
    r.method === 'LEC'
      ? { L: Number(r.l), E: Number(r.e), C: Number(r.c) }
      : { L: Number(r.l), S: Number(r.s) },
  score: Number(r.score),
  dangerClass: r.danger_class,
  level: r.level,
  color: r.color,
  ruleVersion: r.rule_version,
});

export const presentMeasure = (r: Row<'risk_measure'>): RiskMeasureDto => ({
  id: r.id,
  eventId: r.event_id,
  unitId: r.unit_id,
  type: r.type,
  content: r.content,
  responsibleLevel: r.responsible_level,
  responsiblePerson: r.responsible_person,
});

export const presentTask = (
  r: TaskRow | (Row<'risk_check_task'> & { last_checked_at?: Date | string | null }),
  now: Date,
): CheckTaskDto => {
  const last = r.last_checked_at ? new Date(r.last_checked_at) : null;
  const nextDue = nextDueOf(
    { startsAt: new Date(r.starts_at), cycleNum: r.cycle_num, cycleUnit: r.cycle_unit as CycleUnit },
    last,
  );
  return {
    id: r.id,
    measureId: r.measure_id,
    unitId: r.unit_id,
    enterpriseId: r.enterprise_id,
    content: r.content,
    cycle: {
      num: r.cycle_num,
      unit: r.cycle_unit,
      text: `每${r.cycle_num === 1 ? '' : r.cycle_num}${cycleUnitNames[r.cycle_unit]}`,
    },
    responsiblePerson: r.responsible_person,
    startsAt: new Date(r.starts_at).toISOString(),
    lastCheckedAt: last?.toISOString() ?? null,
    nextDue: nextDue.toISOString(),
    overdue: now.getTime() > nextDue.getTime(),
  };
};

export const presentRecord = (r: Row<'risk_check_record'>): CheckRecordDto => ({
  id: r.id,
  taskId: r.task_id,
  result: r.result,
  hazardId: r.hazard_id,
  comment: r.comment,
  checkedAt: new Date(r.checked_at).toISOString(),
  checkerName: r.checker_name,
});
