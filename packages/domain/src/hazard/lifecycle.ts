/**
 * The hazard (隐患) closed loop as a pure state machine (PRODUCT.md module 3, §4): reported → assessed →
 * rectifying → acceptance_requested → accepted (销号), or rejected back to rectifying with a reason.
 * Who may take each step is part of the machine: the regulator assesses, accepts and rejects; the
 * enterprise rectifies and applies for acceptance; a 重大隐患 starts rectification only with the 五落实 plan
 * and closes only by the authority that 挂牌督办 it.
 */
export const hazardStatuses = [
  'reported',
  'assessed',
  'rectifying',
  'acceptance_requested',
  'accepted',
] as const;
export type HazardStatus = (typeof hazardStatuses)[number];
export const hazardStatusNames: Record<HazardStatus, string> = {
  reported: '待评估',
  assessed: '待整改',
  rectifying: '整改中',
  acceptance_requested: '待验收',
  accepted: '已销号',
};

export const hazardLevels = ['一般', '重大'] as const;
export type HazardLevel = (typeof hazardLevels)[number];

export const hazardSources = ['企业自查', '网格巡查', '执法检查', '第三方', '群众举报'] as const;
export type HazardSource = (typeof hazardSources)[number];

export const hazardActions = [
  'assess',
  'start_rectification',
  'request_acceptance',
  'accept',
  'reject',
] as const;
export type HazardAction = (typeof hazardActions)[number];
export const hazardActionNames: Record<HazardAction | 'report', string> = {
  report: '上报',
  assess: '评估定级',
  start_rectification: '开始整改',
  request_acceptance: '申请验收',
  accept: '验收销号',
  reject: '验收不通过',
};

/** Who stands where in the loop; derived from the role. */
export type HazardParty = 'regulator' | 'grid' | 'enterprise' | 'agency';

const partyByRole: Record<string, HazardParty> = {
  city_supervisor: 'regulator',
  county_supervisor: 'regulator',
  department_officer: 'regulator',
  grid_member: 'grid',
  enterprise_user: 'enterprise',
  agency_user: 'agency',
};
export const hazardPartyOf = (role: string | null | undefined): HazardParty | null =>
  role ? (partyByRole[role] ?? null) : null;

/** The sources each party may report under (a regulator also enters public tips, 群众举报). */
export const sourcesByParty: Record<HazardParty, readonly HazardSource[]> = {
  enterprise: ['企业自查'],
  grid: ['网格巡查', '群众举报'],
  regulator: ['执法检查', '群众举报', '网格巡查'],
  agency: ['第三方'],
};

export interface Transition {
  from: HazardStatus;
  to: HazardStatus;
  by: readonly HazardParty[];
}

export const hazardTransitions: Record<HazardAction, Transition> = {
  assess: { from: 'reported', to: 'assessed', by: ['regulator'] },
  start_rectification: { from: 'assessed', to: 'rectifying', by: ['enterprise'] },
  request_acceptance: { from: 'rectifying', to: 'acceptance_requested', by: ['enterprise'] },
  accept: { from: 'acceptance_requested', to: 'accepted', by: ['regulator'] },
  reject: { from: 'acceptance_requested', to: 'rectifying', by: ['regulator'] },
};

/** 五落实: responsible person, measures, funds (万元), deadline, contingency plan. */
export interface RectificationPlan {
  responsiblePerson: string;
  measures: string;
  funds: number;
  deadline: string;
  contingencyPlan: string;
}

export function missingPlanFields(
  plan: Partial<RectificationPlan> | null | undefined,
): (keyof RectificationPlan)[] {
  const p = plan ?? {};
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  return (['responsiblePerson', 'measures', 'funds', 'deadline', 'contingencyPlan'] as const).filter((k) =>
    blank(p[k]),
  );
}

export interface HazardState {
  status: HazardStatus;
  level: HazardLevel;
  plan: Partial<RectificationPlan> | null;
  /** Division code of the authority that 挂牌督办 a 重大隐患. */
  listedByDivision: string | null;
}

export interface StepActor {
  party: HazardParty | null;
  divisionCode: string | null;
}

export type StepDecision =
  | { ok: true; to: HazardStatus }
  | { ok: false; problem: 'illegal_step'; allowed: HazardAction[] }
  | { ok: false; problem: 'wrong_party'; by: readonly HazardParty[] }
  | { ok: false; problem: 'plan_required'; missing: (keyof RectificationPlan)[] }
  | { ok: false; problem: 'listing_authority_only'; listedByDivision: string | null };

/** The actions legal from a status, whoever takes them. */
export const actionsFrom = (status: HazardStatus): HazardAction[] =>
  hazardActions.filter((a) => hazardTransitions[a].from === status);

/**
 * Decides one step. `effective` is the hazard as it will be when the step lands (the plan or level
 * given with the step already applied), so the 五落实 check sees a plan submitted with the step.
 */
export function decideStep(h: HazardState, action: HazardAction, actor: StepActor): StepDecision {
  const t = hazardTransitions[action];
  if (t.from !== h.status) return { ok: false, problem: 'illegal_step', allowed: actionsFrom(h.status) };
  if (!actor.party || !t.by.includes(actor.party)) return { ok: false, problem: 'wrong_party', by: t.by };
  if (action === 'start_rectification' && h.level === '重大') {
    const missing = missingPlanFields(h.plan);
    if (missing.length) return { ok: false, problem: 'plan_required', missing };
  }
  if (
    action === 'accept' &&
    h.level === '重大' &&
    (!h.listedByDivision || actor.divisionCode !== h.listedByDivision)
  ) {
    return { ok: false, problem: 'listing_authority_only', listedByDivision: h.listedByDivision };
  }
  return { ok: true, to: t.to };
}

/** The actions this actor may take now (for the detail page's buttons). */
export function availableActions(h: HazardState, actor: StepActor): HazardAction[] {
  // A missing 五落实 plan does not hide the step: the plan is submitted with it.
  return actionsFrom(h.status).filter((a) => {
    const d = decideStep(h, a, actor);
    return d.ok || d.problem === 'plan_required';
  });
}

/** Today's date in China Standard Time (UTC+8, no DST), as YYYY-MM-DD: deadlines are calendar dates there. */
export const chinaDate = (now: Date): string =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * 逾期: past its deadline (the deadline day itself still counts as on time) and not accepted. Derived at
 * query time from the deadline — never a stored flag that drifts.
 */
export function isOverdue(h: { status: HazardStatus; deadline: string | null }, now: Date): boolean {
  return h.status !== 'accepted' && h.deadline !== null && h.deadline < chinaDate(now);
}

/** Days until the deadline (negative when overdue), or null without one. */
export function daysToDeadline(deadline: string | null, now: Date): number | null {
  if (!deadline) return null;
  return Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${chinaDate(now)}T00:00:00Z`)) / 86_400_000,
  );
}

/** Reminders go out this many days before the deadline. */
export const REMINDER_DAYS_BEFORE = 3;
