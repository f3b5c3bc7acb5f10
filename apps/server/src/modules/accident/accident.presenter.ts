import { z } from 'zod';
import {
  type AccidentCategory,
  type AccidentGrade,
  type InvestigationStatus,
  type MeasureStatus,
  type ReportLevel,
  accidentCategoryName,
  accidentGrades,
  gb6441Name,
  gradeAccident,
  investigationStatusNames,
  measureOverdue,
  measureStatusNames,
  reportingTimeline,
  stepStatusNames,
  supplementDeadline,
} from '@anjian/domain';
import type { AccidentSupplementTable } from './accident.table.ts';
import type { AccidentRow, InvestigationRow, MeasureRow } from './accident.repository.ts';

const iso = z.string().describe('ISO 8601');

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

const casualties = z.object({
  deaths: z.number(),
  seriousInjuries: z.number(),
  minorInjuries: z.number(),
  missing: z.number(),
  directLoss: z.number(),
});
export const supplementSchema = z.object({
  id: z.string(),
  reportedAt: iso,
  before: casualties,
  after: casualties,
  gradeBefore: z.string(),
  gradeAfter: z.string(),
  note: z.string(),
});

export const accidentDetailSchema = accidentSchema.extend({
  timeline: z.array(timelineStepSchema),
  supplements: z.array(supplementSchema),
});

export const gradeResultSchema = z.object({
  grade: z.enum(accidentGrades),
  basis: z.array(z.string()),
  criteria: z.array(z.object({ criterion: z.string(), value: z.number(), grade: z.enum(accidentGrades) })),
  ruleVersion: z.string(),
});

export const measureSchema = z.object({
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
  measures: z.array(measureSchema),
  openMeasures: z.number(),
  overdueMeasures: z.number(),
});

const isoOf = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentAccident(r: AccidentRow) {
  const input = { deaths: r.deaths, seriousInjuries: r.serious_injuries, directLoss: Number(r.direct_loss) };
  return {
    id: r.id,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    occurredAt: isoOf(r.occurred_at),
    statYear: r.stat_year,
    title: r.title,
    location: r.location,
    longitude: r.longitude,
    latitude: r.latitude,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    category: r.category,
    categoryName: accidentCategoryName(r.category),
    sector: r.sector,
    accidentType: r.accident_type,
    accidentTypeName: gb6441Name(r.accident_type),
    deaths: r.deaths,
    seriousInjuries: r.serious_injuries,
    minorInjuries: r.minor_injuries,
    missing: r.missing,
    directLoss: input.directLoss,
    grade: r.grade as AccidentGrade,
    gradeBasis: gradeAccident(input).basis,
    gradeRuleVersion: r.grade_rule_version,
    description: r.description,
    supplementDeadline: supplementDeadline(
      r.category as AccidentCategory,
      new Date(r.occurred_at),
    ).toISOString(),
    createdAt: isoOf(r.created_at),
    updatedAt: isoOf(r.updated_at),
  };
}

export function presentTimeline(
  r: AccidentRow,
  steps: { level: string; reported_at: Date; reported_by: string | null }[],
  now = new Date(),
) {
  const by = new Map(steps.map((s) => [s.level, s.reported_by]));
  return reportingTimeline({
    grade: r.grade as AccidentGrade,
    occurredAt: new Date(r.occurred_at),
    reports: steps.map((s) => ({ level: s.level as ReportLevel, reportedAt: new Date(s.reported_at) })),
    now,
  }).map((s) => ({
    ...s,
    deadline: s.deadline.toISOString(),
    reportedAt: s.reportedAt?.toISOString() ?? null,
    reportedBy: by.get(s.level) ?? null,
    statusName: stepStatusNames[s.status],
  }));
}

type SupplementRow = {
  id: string;
  reported_at: Date;
  before: AccidentSupplementTable['before']['__select__'];
  after: AccidentSupplementTable['after']['__select__'];
  grade_before: string;
  grade_after: string;
  note: string;
};
export const presentSupplement = (s: SupplementRow) => ({
  id: s.id,
  reportedAt: isoOf(s.reported_at),
  before: s.before,
  after: s.after,
  gradeBefore: s.grade_before,
  gradeAfter: s.grade_after,
  note: s.note,
});

export function presentMeasure(m: MeasureRow, today: string) {
  return {
    id: m.id,
    content: m.content,
    owner: m.owner,
    ownerUnit: m.owner_unit,
    deadline: m.deadline,
    status: m.status,
    statusName: measureStatusNames[m.status as MeasureStatus] ?? m.status,
    overdue: measureOverdue(m, today),
    completedAt: m.completed_at ? isoOf(m.completed_at) : null,
    verifiedAt: m.verified_at ? isoOf(m.verified_at) : null,
    followups: m.followups.map((f) => ({ at: isoOf(f.at), note: f.note, statusAfter: f.statusAfter })),
  };
}

export function presentInvestigation(
  accidentId: string,
  inv: InvestigationRow | undefined,
  ms: MeasureRow[],
  today: string,
) {
  const measures = ms.map((m) => presentMeasure(m, today));
  const status = (inv?.status ?? 'investigating') as InvestigationStatus;
  return {
    accidentId,
    status,
    statusName: investigationStatusNames[status],
    leadAgency: inv?.lead_agency ?? null,
    findings: inv?.findings ?? null,
    directCause: inv?.direct_cause ?? null,
    indirectCause: inv?.indirect_cause ?? null,
    nature: inv?.nature ?? '待定',
    responsibleParties: inv?.responsible_parties ?? [],
    penalties: inv?.penalties ?? [],
    concludedAt: inv?.concluded_on ?? null,
    closedAt: inv?.closed_at ? isoOf(inv.closed_at) : null,
    measures,
    openMeasures: measures.filter((m) => m.status !== 'verified').length,
    overdueMeasures: measures.filter((m) => m.overdue).length,
  };
}
