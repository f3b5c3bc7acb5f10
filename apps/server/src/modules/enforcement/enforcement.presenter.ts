import {
  type CaseClockDto,
  type CaseDetailDto,
  type CaseStatus,
  type CaseSummaryDto,
  type Clock,
  type InspectionPlanDto,
  type OfficerDto,
  caseStatusNames,
  caseSteps,
} from '@anjian/domain';
import type { CaseRow, OfficerRow, StepRow } from './enforcement.repository.ts';
import type { PlanRow } from './plan.repository.ts';

export const presentClock = (c: Clock): CaseClockDto => ({ ...c });

/** The authority's nearest clock still running, for the list's 期限 column. */
export function nextDueOf(clocks: readonly Clock[]): CaseSummaryDto['nextDue'] {
  const open = clocks
    .filter((c) => c.obligor === 'authority' && !c.stoppedOn)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const c = open[0];
  return c ? { id: c.id, name: c.name, due: c.due, status: c.status } : null;
}

export function presentCaseSummary(r: CaseRow, clocks: readonly Clock[]): CaseSummaryDto {
  return {
    id: r.id,
    caseNo: r.case_no,
    title: r.title,
    enterprise: { id: r.enterprise_id, name: r.enterprise_name },
    divisionCode: r.division_code,
    divisionName: r.division_name,
    source: r.source as CaseSummaryDto['source'],
    status: r.status as CaseStatus,
    statusName: caseStatusNames[r.status as CaseStatus],
    major: r.major,
    filedOn: r.filed_on,
    fine: r.penalty?.amount ?? null,
    nextDue: nextDueOf(clocks),
    updatedAt: r.updated_at.toISOString(),
  };
}

const stepName = (step: string) =>
  step in caseSteps
    ? caseSteps[step as keyof typeof caseSteps].name
    : (({ file: '立案', penalty: '拟定处罚', extend: '延长办案期限' } as Record<string, string>)[step] ??
      step);

export const presentStep = (s: StepRow): CaseDetailDto['steps'][number] => ({
  id: s.id,
  step: s.step,
  stepName: stepName(s.step),
  fromStatus: s.from_status,
  toStatus: s.to_status,
  on: s.on_date,
  user: { id: s.user_id, displayName: s.user_name },
  comment: s.comment,
  detail: s.detail,
  procedure: s.procedure,
  at: s.created_at.toISOString(),
});

export const presentOfficer = (o: Omit<OfficerRow, 'in_scope'>): OfficerDto => ({
  id: o.id,
  name: o.name,
  certNo: o.cert_no,
  divisionCode: o.division_code,
  userId: o.user_id,
  conflictEnterpriseIds: o.conflict_enterprise_ids,
  active: o.active,
});

export function presentPlan(
  p: PlanRow,
  coverage: { drawn: Map<number, number>; done: Map<number, number> },
): InspectionPlanDto {
  return {
    id: p.id,
    divisionCode: p.division_code,
    divisionName: p.division_name,
    year: p.year,
    title: p.title,
    frequency: p.frequency,
    keyEnterpriseIds: p.key_enterprise_ids,
    coverage: p.monthly_planned.map((planned, i) => ({
      month: i + 1,
      planned,
      drawn: coverage.drawn.get(i + 1) ?? 0,
      done: coverage.done.get(i + 1) ?? 0,
    })),
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  };
}
