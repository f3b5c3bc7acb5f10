import {
  type AccidentCategory,
  type AccidentDto,
  type AccidentGrade,
  type AccidentMeasureDto,
  type AccidentSupplementDto,
  type InvestigationDto,
  type InvestigationStatus,
  type MeasureStatus,
  type ReportLevel,
  type TimelineStepDto,
  accidentCategoryName,
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

const isoOf = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentAccident(r: AccidentRow): AccidentDto {
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
): TimelineStepDto[] {
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
export const presentSupplement = (s: SupplementRow): AccidentSupplementDto => ({
  id: s.id,
  reportedAt: isoOf(s.reported_at),
  before: s.before,
  after: s.after,
  gradeBefore: s.grade_before,
  gradeAfter: s.grade_after,
  note: s.note,
});

export function presentMeasure(m: MeasureRow, today: string): AccidentMeasureDto {
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
): InvestigationDto {
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
