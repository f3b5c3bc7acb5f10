import { z } from 'zod';
import { riskLevels } from './lec.ts';
import {
  checkResults,
  controlMeasureTypes,
  cycleUnits,
  responsibleLevels,
  riskObjectKinds,
} from './risk-model.ts';

const color = z.enum(['red', 'orange', 'yellow', 'blue']);
const grade = { grade: z.enum(riskLevels).nullable(), color: color.nullable() };

/** 风险点, the root of the risk model: object → unit → event → measure → check task → check record. */
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
export type RiskObjectDto = z.infer<typeof riskObjectSchema>;

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
export type RiskUnitDto = z.infer<typeof riskUnitSchema>;

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
export type RiskEventDto = z.infer<typeof riskEventSchema>;

export const riskMeasureSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  unitId: z.string(),
  type: z.enum(controlMeasureTypes),
  content: z.string(),
  responsibleLevel: z.enum(responsibleLevels),
  responsiblePerson: z.string().nullable(),
});
export type RiskMeasureDto = z.infer<typeof riskMeasureSchema>;

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
export type CheckTaskDto = z.infer<typeof checkTaskSchema>;

export const checkRecordSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  result: z.enum(checkResults),
  hazardId: z.string().nullable(),
  comment: z.string().nullable(),
  checkedAt: z.string(),
  checkerName: z.string().nullable(),
});
export type CheckRecordDto = z.infer<typeof checkRecordSchema>;

export const riskUnitDetailSchema = riskUnitSchema.extend({
  events: z.array(riskEventSchema.extend({ measures: z.array(riskMeasureSchema) })),
  tasks: z.array(checkTaskSchema),
});
export type RiskUnitDetailDto = z.infer<typeof riskUnitDetailSchema>;

/** 四色风险图: each enterprise with its highest unit grade, and the counts by colour. */
export const riskMapSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      divisionCode: z.string(),
      longitude: z.number().nullable(),
      latitude: z.number().nullable(),
      ...grade,
      units: z.array(z.object({ id: z.string(), name: z.string(), ...grade })),
    }),
  ),
  counts: z.object({
    red: z.number(),
    orange: z.number(),
    yellow: z.number(),
    blue: z.number(),
    none: z.number(),
  }),
});
export type RiskMapDto = z.infer<typeof riskMapSchema>;

/** The public page of a 风险告知卡's QR code: what a worker at the unit must know, nothing personal. */
export const publicRiskUnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  enterpriseName: z.string(),
  objectName: z.string(),
  objectKind: z.enum(riskObjectKinds),
  location: z.string().nullable(),
  department: z.string(),
  responsiblePerson: z.string(),
  ...grade,
  events: z.array(
    z.object({
      name: z.string(),
      consequence: z.string().nullable(),
      level: z.enum(riskLevels),
      color,
      measures: z.array(z.object({ type: z.enum(controlMeasureTypes), content: z.string() })),
    }),
  ),
  emergencyMeasures: z.array(z.string()),
});
export type PublicRiskUnitDto = z.infer<typeof publicRiskUnitSchema>;

/** 重大事故隐患判定标准 as checklists: the items of a sector's standard, each marked major. */
export const checklistSchema = z.object({
  id: z.string(),
  title: z.string(),
  docNo: z.string(),
  sectors: z.array(z.string()),
  items: z.array(z.object({ code: z.string(), text: z.string(), major: z.boolean() })),
});
export type ChecklistDto = z.infer<typeof checklistSchema>;

/** The plain 联系电话 of a unit (PI-02: lists show it masked; this answer is an audited action). */
export const revealedPhoneSchema = z.object({ responsiblePhone: z.string().nullable() });
export type RevealedPhoneDto = z.infer<typeof revealedPhoneSchema>;
