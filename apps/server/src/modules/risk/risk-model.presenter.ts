import { z } from 'zod';
import {
  type CycleUnit,
  type RiskLevel,
  checkResults,
  controlMeasureTypes,
  cycleUnitNames,
  cycleUnits,
  nextDueOf,
  responsibleLevels,
  riskColorOf,
  riskLevels,
  riskObjectKinds,
} from '@anjian/domain';
import type { Row, TaskRow, UnitHeaderRow, UnitListRow } from './risk-model.repository.ts';

const color = z.enum(['red', 'orange', 'yellow', 'blue']);
const grade = { grade: z.enum(riskLevels).nullable(), color: color.nullable() };
const gradeOf = (level: RiskLevel | null) => ({ grade: level, color: riskColorOf(level) });

export const riskObjectSchema = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  divisionCode: z.string(),
  kind: z.enum(riskObjectKinds),
  name: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  unitCount: z.number(),
  createdAt: z.string(),
});
export const presentObject = (
  r: Row<'risk_object'> & { enterprise_name: string; unit_count: number | string | null },
) => ({
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

export const riskUnitSchema = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  object: z.object({ id: z.string(), name: z.string(), kind: z.enum(riskObjectKinds) }),
  divisionCode: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  department: z.string(),
  responsiblePerson: z.string(),
  responsiblePhone: z.string().nullable(),
  ...grade,
});
export const presentUnit = (r: UnitListRow | UnitHeaderRow, level: RiskLevel | null) => ({
  id: r.id,
  enterprise: { id: r.enterprise_id, name: r.enterprise_name },
  object: { id: r.object_id, name: r.object_name, kind: r.object_kind },
  divisionCode: r.division_code,
  name: r.name,
  location: r.location,
  department: r.department,
  responsiblePerson: r.responsible_person,
  responsiblePhone: r.responsible_phone,
  ...gradeOf(level),
});

export const riskEventSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  name: z.string(),
  consequence: z.string().nullable(),
  method: z.enum(['LEC', 'LS']),
  scores: z.object({
    L: z.number(),
    E: z.number().optional(),
    C: z.number().optional(),
    S: z.number().optional(),
  }),
  score: z.number().describe('D（LEC）或 R（L×S）'),
  dangerClass: z.string().nullable(),
  level: z.enum(riskLevels),
  color,
  ruleVersion: z.string(),
});
export const presentEvent = (r: Row<'risk_event'>) => ({
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

export const riskMeasureSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  unitId: z.string(),
  type: z.enum(controlMeasureTypes),
  content: z.string(),
  responsibleLevel: z.enum(responsibleLevels),
  responsiblePerson: z.string().nullable(),
});
export const presentMeasure = (r: Row<'risk_measure'>) => ({
  id: r.id,
  eventId: r.event_id,
  unitId: r.unit_id,
  type: r.type,
  content: r.content,
  responsibleLevel: r.responsible_level,
  responsiblePerson: r.responsible_person,
});

export const checkTaskSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  unitId: z.string(),
  enterpriseId: z.string(),
  content: z.string(),
  cycle: z.object({ num: z.number(), unit: z.enum(cycleUnits), text: z.string() }),
  responsiblePerson: z.string().nullable(),
  startsAt: z.string(),
  lastCheckedAt: z.string().nullable(),
  nextDue: z.string(),
  overdue: z.boolean(),
});
export const presentTask = (
  r: TaskRow | (Row<'risk_check_task'> & { last_checked_at?: Date | string | null }),
  now: Date,
) => {
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

export const checkRecordSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  result: z.enum(checkResults),
  hazardId: z.string().nullable(),
  comment: z.string().nullable(),
  checkedAt: z.string(),
  checkerName: z.string().nullable(),
});
export const presentRecord = (r: Row<'risk_check_record'>) => ({
  id: r.id,
  taskId: r.task_id,
  result: r.result,
  hazardId: r.hazard_id,
  comment: r.comment,
  checkedAt: new Date(r.checked_at).toISOString(),
  checkerName: r.checker_name,
});

export const riskUnitDetailSchema = riskUnitSchema.extend({
  events: z.array(riskEventSchema.extend({ measures: z.array(riskMeasureSchema) })),
  tasks: z.array(checkTaskSchema),
});
