import { z } from 'zod';
import { caseStatuses, caseStepNames } from './case-machine.ts';
import { benchmarkSchema } from './discretion.ts';
import { caseSources, serviceMethods } from './enforcement.schemas.ts';

const ruleRef = z.object({
  key: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  citation: z.string(),
  verified: z.boolean(),
});

/** A statutory clock of a case (clocks.ts) with its basis. */
export const caseClockSchema = z.object({
  id: z.string(),
  name: z.string(),
  obligor: z.enum(['authority', 'party', 'none']),
  startedOn: z.string(),
  due: z.string(),
  warnFrom: z.string(),
  stoppedOn: z.string().optional(),
  status: z.enum(['running', 'warning', 'breached', 'met', 'metLate']),
  provisional: z.boolean(),
  period: z.string(),
  basis: ruleRef,
});
export type CaseClockDto = z.infer<typeof caseClockSchema>;

const person = z.object({ id: z.string(), name: z.string(), certNo: z.string() });

export const casePenaltySchema = z.object({
  fineId: z.string(),
  value: z.number(),
  /** The fine in yuan when the value is one (an amount, or a multiple of illegal gains); null for a share of income. */
  amount: z.number().nullable(),
  illegalGains: z.number().nullable(),
  circumstance: z.string().nullable(),
  reason: z.string().nullable(),
  reasonRequired: z.boolean(),
  message: z.string(),
  citation: z.string(),
  lawVersion: z.string(),
  statutory: z.object({ min: z.number(), max: z.number() }),
  band: z
    .object({ min: z.number(), max: z.number(), circumstance: z.string(), benchmark: z.string() })
    .optional(),
});
export type CasePenaltyDto = z.infer<typeof casePenaltySchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  divisionCode: z.string(),
  divisionName: z.string(),
  source: z.enum(caseSources),
  status: z.enum(caseStatuses),
  statusName: z.string(),
  major: z.boolean(),
  filedOn: z.string(),
  fine: z.number().nullable(),
  /** The nearest running clock of the authority, for the list. */
  nextDue: z.object({ id: z.string(), name: z.string(), due: z.string(), status: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type CaseSummaryDto = z.infer<typeof caseSummarySchema>;

export const caseStepRecordSchema = z.object({
  id: z.number(),
  step: z.string(),
  stepName: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  on: z.string(),
  user: z.object({ id: z.string().nullable(), displayName: z.string().nullable() }),
  comment: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  /** The procedure rules in force on the step's day (程序从新). */
  procedure: z.object({ title: z.string(), number: z.string(), version: z.string() }).nullable(),
  at: z.string(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  facts: z.string().nullable(),
  investigators: z.array(person),
  hearingOffered: z.boolean(),
  legalReviewPassed: z.boolean(),
  handedOver: z.boolean().nullable(),
  serviceMethod: z.enum(serviceMethods).nullable(),
  paidOn: z.string().nullable(),
  penalty: casePenaltySchema.nullable(),
  clocks: z.array(caseClockSchema),
  /** 加处罚款 (行政处罚法 第七十二条) when the payment is late, in yuan. */
  lateSurcharge: z
    .object({ days: z.number(), amount: z.number(), capped: z.boolean(), basis: ruleRef })
    .nullable(),
  steps: z.array(caseStepRecordSchema),
  /** The documents the case issued (告知书, 决定书 …); an enterprise sees those served on it. */
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.enum(['valid', 'withdrawn']),
      sha256: z.string(),
    }),
  ),
  /** What the signed-in user may do now (the page's buttons). */
  nextSteps: z.array(z.object({ step: z.enum(caseStepNames as [string, ...string[]]), name: z.string() })),
});
export type CaseDetailDto = z.infer<typeof caseDetailSchema>;

export const clockBreachSchema = z.object({
  case: z.object({ id: z.string(), caseNo: z.string(), title: z.string(), divisionCode: z.string() }),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  clock: caseClockSchema,
});
export type ClockBreachDto = z.infer<typeof clockBreachSchema>;

export const clockBreachesSchema = z.object({
  today: z.string(),
  breached: z.array(clockBreachSchema),
  warning: z.array(clockBreachSchema),
});

// ---- officers, plans, draws

export const officerSchema = z.object({
  id: z.string(),
  name: z.string(),
  certNo: z.string(),
  divisionCode: z.string(),
  userId: z.string().nullable(),
  conflictEnterpriseIds: z.array(z.string()),
  active: z.boolean(),
});
export type OfficerDto = z.infer<typeof officerSchema>;

const colours = z.object({ red: z.number(), orange: z.number(), yellow: z.number(), blue: z.number() });

export const inspectionPlanSchema = z.object({
  id: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  year: z.number(),
  title: z.string(),
  frequency: colours,
  keyEnterpriseIds: z.array(z.string()),
  /** Planned and done per month, January first. */
  coverage: z.array(
    z.object({ month: z.number(), planned: z.number(), drawn: z.number(), done: z.number() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InspectionPlanDto = z.infer<typeof inspectionPlanSchema>;

export const inspectionDrawSchema = z.object({
  id: z.string(),
  planId: z.string(),
  divisionCode: z.string(),
  month: z.number(),
  algorithm: z.string(),
  seed: z.string(),
  /** Everything the draw used, so anyone can re-run it (draw.md). */
  inputs: z.object({
    targets: z.array(z.string()),
    inspectors: z.array(z.string()),
    targetCount: z.number(),
    inspectorsPerTarget: z.number(),
    conflicts: z.array(z.object({ inspectorId: z.string(), targetId: z.string() })),
    previousPairs: z.array(z.object({ inspectorId: z.string(), targetId: z.string() })),
  }),
  assignments: z.array(
    z.object({
      seq: z.number(),
      enterprise: z.object({ id: z.string(), name: z.string() }),
      inspectors: z.array(z.object({ id: z.string(), name: z.string() })),
      inspectedOn: z.string().nullable(),
    }),
  ),
  publishedAt: z.string(),
  /** The draw re-run from its stored seed and inputs gives the stored result. */
  reproducible: z.boolean(),
});
export type InspectionDrawDto = z.infer<typeof inspectionDrawSchema>;

/** An authority's saved 裁量基准. */
export const savedBenchmarkSchema = z.object({
  divisionCode: z.string(),
  effectiveFrom: z.string(),
  document: benchmarkSchema,
  savedAt: z.string(),
});
export type SavedBenchmarkDto = z.infer<typeof savedBenchmarkSchema>;
