import { z } from 'zod';
import { accidentGrades } from './grade.ts';

const iso = z.string().describe('ISO 8601');

/** An accident as the server presents it (docs/api-accident.md). */
export const accidentSchema = z.object({
  id: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  occurredAt: iso,
  statYear: z.number(),
  title: z.string(),
  location: z.string().nullable(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  category: z.string(),
  categoryName: z.string(),
  sector: z.string().nullable(),
  accidentType: z.string(),
  accidentTypeName: z.string(),
  deaths: z.number(),
  seriousInjuries: z.number(),
  minorInjuries: z.number(),
  missing: z.number(),
  directLoss: z.number().describe('万元'),
  grade: z.enum(accidentGrades),
  gradeBasis: z.array(z.string()),
  gradeRuleVersion: z.string(),
  description: z.string().nullable(),
  supplementDeadline: iso,
  createdAt: iso,
  updatedAt: iso,
});
export type AccidentDto = z.infer<typeof accidentSchema>;

/** One level of the reporting chain (县 → 市 → 省 → 国家) with its deadline and how it was met. */
export const timelineStepSchema = z.object({
  level: z.string(),
  levelName: z.string(),
  required: z.boolean(),
  deadline: iso,
  reportedAt: iso.nullable(),
  reportedBy: z.string().nullable(),
  status: z.enum(['on_time', 'late', 'pending', 'overdue']),
  statusName: z.string(),
  minutesLate: z.number(),
});
export type TimelineStepDto = z.infer<typeof timelineStepSchema>;

const casualties = z.object({
  deaths: z.number(),
  seriousInjuries: z.number(),
  minorInjuries: z.number(),
  missing: z.number(),
  directLoss: z.number(),
});
/** A 补报 (later report of casualties) with the figures and the grade before and after. */
export const accidentSupplementSchema = z.object({
  id: z.string(),
  reportedAt: iso,
  before: casualties,
  after: casualties,
  gradeBefore: z.string(),
  gradeAfter: z.string(),
  note: z.string(),
});
export type AccidentSupplementDto = z.infer<typeof accidentSupplementSchema>;

export const accidentDetailSchema = accidentSchema.extend({
  timeline: z.array(timelineStepSchema),
  supplements: z.array(accidentSupplementSchema),
});
export type AccidentDetailDto = z.infer<typeof accidentDetailSchema>;

export const gradeResultSchema = z.object({
  grade: z.enum(accidentGrades),
  basis: z.array(z.string()),
  criteria: z.array(z.object({ criterion: z.string(), value: z.number(), grade: z.enum(accidentGrades) })),
  ruleVersion: z.string(),
});
export type GradeResultDto = z.infer<typeof gradeResultSchema>;

/** A corrective measure (整改措施) of an investigation, with its follow-ups. */
export const accidentMeasureSchema = z.object({
  id: z.string(),
  content: z.string(),
  owner: z.string(),
  ownerUnit: z.string().nullable(),
  deadline: z.string(),
  status: z.string(),
  statusName: z.string(),
  overdue: z.boolean(),
  completedAt: iso.nullable(),
  verifiedAt: iso.nullable(),
  followups: z.array(z.object({ at: z.string(), note: z.string(), statusAfter: z.string() })),
});
export type AccidentMeasureDto = z.infer<typeof accidentMeasureSchema>;

export const investigationSchema = z.object({
  accidentId: z.string(),
  status: z.string(),
  statusName: z.string(),
  leadAgency: z.string().nullable(),
  findings: z.string().nullable(),
  directCause: z.string().nullable(),
  indirectCause: z.string().nullable(),
  nature: z.string(),
  responsibleParties: z.array(z.unknown()),
  penalties: z.array(z.unknown()),
  concludedAt: z.string().nullable(),
  closedAt: iso.nullable(),
  measures: z.array(accidentMeasureSchema),
  openMeasures: z.number(),
  overdueMeasures: z.number(),
});
export type InvestigationDto = z.infer<typeof investigationSchema>;
