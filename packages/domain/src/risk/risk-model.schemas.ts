import { z } from 'zod';
import {
  checkResults,
  controlMeasureTypes,
  cycleUnits,
  responsibleLevels,
  riskObjectKinds,
} from './risk-model.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();

export const createRiskObjectBody = z
  .object({
    enterpriseId: z.string().uuid(),
    kind: z.enum(riskObjectKinds),
    name: text(100),
    code: optText(50),
    description: optText(1000),
  })
  .strict();
export type CreateRiskObjectInput = z.infer<typeof createRiskObjectBody>;

export const createRiskUnitBody = z
  .object({
    objectId: z.string().uuid(),
    name: text(100),
    location: optText(200),
    department: text(100),
    responsiblePerson: text(50),
    responsiblePhone: optText(30),
  })
  .strict();
export type CreateRiskUnitInput = z.infer<typeof createRiskUnitBody>;

/** Scores are checked against the standard tables by the service (a value outside them is a 400). */
export const riskAssessment = z.discriminatedUnion('method', [
  z.object({ method: z.literal('LEC'), L: z.number(), E: z.number(), C: z.number() }).strict(),
  z.object({ method: z.literal('LS'), L: z.number(), S: z.number() }).strict(),
]);
export type RiskAssessment = z.infer<typeof riskAssessment>;

export const createRiskEventBody = z
  .object({
    unitId: z.string().uuid(),
    name: text(200),
    consequence: optText(500),
    assessment: riskAssessment,
  })
  .strict();
export type CreateRiskEventInput = z.infer<typeof createRiskEventBody>;

export const checkCycle = z
  .object({ num: z.number().int().min(1).max(1000), unit: z.enum(cycleUnits) })
  .strict();

export const createRiskMeasureBody = z
  .object({
    eventId: z.string().uuid(),
    type: z.enum(controlMeasureTypes),
    content: text(1000),
    responsibleLevel: z.enum(responsibleLevels),
    responsiblePerson: optText(50),
    /** Given: the 隐患排查任务 for this measure is generated with it. */
    check: z
      .object({ cycle: checkCycle, content: optText(1000) })
      .strict()
      .optional(),
  })
  .strict();
export type CreateRiskMeasureInput = z.infer<typeof createRiskMeasureBody>;

export const createCheckTaskBody = z
  .object({
    measureId: z.string().uuid(),
    cycle: checkCycle,
    content: optText(1000),
    responsiblePerson: optText(50),
  })
  .strict();
export type CreateCheckTaskInput = z.infer<typeof createCheckTaskBody>;

export const createCheckRecordBody = z
  .object({
    result: z.enum(checkResults),
    hazardId: z.string().uuid().nullish(),
    comment: optText(1000),
    checkedAt: z.string().datetime({ offset: true }).optional(),
  })
  .strict();
export type CreateCheckRecordInput = z.infer<typeof createCheckRecordBody>;

export const riskListQuery = z
  .object({
    enterpriseId: z.string().uuid().optional(),
    objectId: z.string().uuid().optional(),
    unitId: z.string().uuid().optional(),
  })
  .strict();
export type RiskListQuery = z.infer<typeof riskListQuery>;

export const riskExportQuery = z
  .object({ format: z.enum(['json', 'xlsx']).default('json'), enterpriseId: z.string().uuid().optional() })
  .strict();
export type RiskExportQuery = z.infer<typeof riskExportQuery>;

// ---- Edits (PATCH): any subset of the fields a row was created with; its parent and enterprise never change.
const someField = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object(shape)
    .strict()
    .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '至少修改一个字段' });

export const updateRiskObjectBody = someField({
  kind: z.enum(riskObjectKinds).optional(),
  name: text(100).optional(),
  code: optText(50),
  description: optText(1000),
});
export type UpdateRiskObjectInput = z.infer<typeof updateRiskObjectBody>;

export const updateRiskUnitBody = someField({
  name: text(100).optional(),
  location: optText(200),
  department: text(100).optional(),
  responsiblePerson: text(50).optional(),
  responsiblePhone: optText(30),
});
export type UpdateRiskUnitInput = z.infer<typeof updateRiskUnitBody>;

/** A new assessment re-scores the event with the standard tables (the same rule as at creation). */
export const updateRiskEventBody = someField({
  name: text(200).optional(),
  consequence: optText(500),
  assessment: riskAssessment.optional(),
});
export type UpdateRiskEventInput = z.infer<typeof updateRiskEventBody>;

export const updateRiskMeasureBody = someField({
  type: z.enum(controlMeasureTypes).optional(),
  content: text(1000).optional(),
  responsibleLevel: z.enum(responsibleLevels).optional(),
  responsiblePerson: optText(50),
});
export type UpdateRiskMeasureInput = z.infer<typeof updateRiskMeasureBody>;

export const updateCheckTaskBody = someField({
  content: text(1000).optional(),
  cycle: checkCycle.optional(),
  responsiblePerson: optText(50),
});
export type UpdateCheckTaskInput = z.infer<typeof updateCheckTaskBody>;
