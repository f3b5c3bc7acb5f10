import { AppError } from '../shared/errors.ts';

/**
 * The administrative penalty case (行政处罚案件, 行政处罚法 第五章 普通程序) as a pure state machine:
 * 立案 → 调查取证 → 案件审理 (法制审核 for 重大执法决定) → 告知 (陈述申辩 / 听证) → 决定 → 送达 → 执行 → 结案,
 * with the exits of 第五十七条: 不予处罚, 移送司法机关 (and back, 第二十七条), and 撤销立案. Who may take a
 * step is part of the machine (a permission each), plus two rules of independence: the 法制审核 and the
 * hearing's chair are never the case's investigators (第五十八条, 第六十四条(四)).
 */
export const caseStatuses = [
  'filed',
  'investigating',
  'reviewing',
  'legal_review',
  'notified',
  'hearing',
  'heard',
  'decided',
  'served',
  'executing',
  'closed',
  'not_punished',
  'transferred',
  'withdrawn',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusNames: Record<CaseStatus, string> = {
  filed: '已立案',
  investigating: '调查取证',
  reviewing: '案件审理',
  legal_review: '法制审核',
  notified: '已告知（陈述申辩）',
  hearing: '听证',
  heard: '听证结束',
  decided: '已决定',
  served: '已送达',
  executing: '执行中',
  closed: '已结案',
  not_punished: '不予处罚',
  transferred: '已移送司法机关',
  withdrawn: '已撤销立案',
};

/** Permissions of the case steps; the access module grants them to roles. */
export const casePermissions = {
  investigate: 'enforcement.case.investigate',
  legalReview: 'enforcement.case.legalReview',
  hearing: 'enforcement.case.hearing',
  decide: 'enforcement.case.decide',
} as const;
export type CasePermission = (typeof casePermissions)[keyof typeof casePermissions];

interface StepRule {
  from: readonly CaseStatus[];
  /** `return`: back to the state the legal review was asked from. */
  to: CaseStatus | 'return';
  permission: CasePermission;
  name: string;
  /** The actor must not be one of the case's investigators. */
  independent?: boolean;
}

const P = casePermissions;
export const caseSteps = {
  investigate: { from: ['filed'], to: 'investigating', permission: P.investigate, name: '调查取证' },
  concludeInvestigation: {
    from: ['investigating'],
    to: 'reviewing',
    permission: P.investigate,
    name: '调查终结，提交审理',
  },
  // 第五十八条: the review comes before the decision — from 审理, or after the notice (no hearing asked), or after one.
  requestLegalReview: {
    from: ['reviewing', 'notified', 'heard'],
    to: 'legal_review',
    permission: P.investigate,
    name: '提请法制审核',
  },
  approveLegalReview: {
    from: ['legal_review'],
    to: 'return',
    permission: P.legalReview,
    name: '法制审核通过',
    independent: true,
  },
  rejectLegalReview: {
    from: ['legal_review'],
    to: 'investigating',
    permission: P.legalReview,
    name: '法制审核退回补充调查',
    independent: true,
  },
  notify: {
    from: ['reviewing'],
    to: 'notified',
    permission: P.investigate,
    name: '告知拟处罚及陈述申辩、听证权利',
  },
  requestHearing: { from: ['notified'], to: 'hearing', permission: P.investigate, name: '登记听证申请' },
  concludeHearing: {
    from: ['hearing'],
    to: 'heard',
    permission: P.hearing,
    name: '听证结束',
    independent: true,
  },
  decide: { from: ['notified', 'heard'], to: 'decided', permission: P.decide, name: '作出行政处罚决定' },
  serve: { from: ['decided'], to: 'served', permission: P.investigate, name: '送达行政处罚决定书' },
  execute: { from: ['served'], to: 'executing', permission: P.investigate, name: '执行' },
  close: { from: ['executing'], to: 'closed', permission: P.decide, name: '结案' },
  notPunish: {
    from: ['reviewing', 'notified', 'heard'],
    to: 'not_punished',
    permission: P.decide,
    name: '不予行政处罚',
  },
  transfer: {
    from: ['investigating', 'reviewing', 'notified', 'heard'],
    to: 'transferred',
    permission: P.decide,
    name: '移送司法机关',
  },
  receiveBack: {
    from: ['transferred'],
    to: 'reviewing',
    permission: P.investigate,
    name: '司法机关移回，继续办理',
  },
  withdraw: {
    from: ['filed', 'investigating', 'reviewing'],
    to: 'withdrawn',
    permission: P.decide,
    name: '撤销立案',
  },
} as const satisfies Record<string, StepRule>;
export type CaseStep = keyof typeof caseSteps;
export const caseStepNames = Object.keys(caseSteps) as CaseStep[];

export interface CaseState {
  status: CaseStatus;
  /** 重大执法决定 (第五十八条): the decision needs a passed 法制审核. */
  major: boolean;
  /** The notice told the party of the right to a hearing (第六十三条). */
  hearingOffered: boolean;
  /** A review passed since the last hearing request (a hearing can change the facts, 第五十八条(二)). */
  legalReviewPassed: boolean;
  legalReviewReturnTo: 'reviewing' | 'notified' | 'heard' | null;
  /** User ids of the case's investigators (执法人员, at least two by 第四十二条). */
  investigators: readonly string[];
}

export interface CaseActor {
  userId: string;
  permissions: readonly string[];
}

/** Input that some steps carry: the notice says whether it offers a hearing. */
export interface StepInput {
  hearingOffered?: boolean;
}

export type StepResult = { ok: true; state: CaseState } | { ok: false; error: AppError };

/** A new case right after 立案 (第五十四条第二款). */
export const newCase = (major: boolean, investigators: readonly string[]): CaseState => ({
  status: 'filed',
  major,
  hearingOffered: false,
  legalReviewPassed: false,
  legalReviewReturnTo: null,
  investigators,
});

/** The steps the law allows from the case's status, whoever takes them (行政处罚法 第五章). */
export const stepsFrom = (status: CaseStatus): CaseStep[] =>
  caseStepNames.filter((s) => (caseSteps[s].from as readonly CaseStatus[]).includes(status));

const fail = (error: AppError): StepResult => ({ ok: false, error });

/** Decides one step and returns the case after it, or the domain error that refuses it (行政处罚法 第五章). */
export function applyStep(
  state: CaseState,
  step: CaseStep,
  actor: CaseActor,
  input: StepInput = {},
): StepResult {
  const rule: StepRule = caseSteps[step];
  if (!rule.from.includes(state.status)) {
    return fail(
      new AppError('ENFORCEMENT_STEP_NOT_ALLOWED', undefined, { step, allowed: stepsFrom(state.status) }),
    );
  }
  if (!actor.permissions.includes(rule.permission)) {
    return fail(new AppError('FORBIDDEN', undefined, { step, permission: rule.permission }));
  }
  if (rule.independent && state.investigators.includes(actor.userId)) {
    return fail(new AppError('ENFORCEMENT_INVESTIGATOR_EXCLUDED', undefined, { step }));
  }
  if (step === 'requestHearing' && !state.hearingOffered)
    return fail(new AppError('ENFORCEMENT_HEARING_NOT_OFFERED'));
  if (step === 'decide' && state.major && !state.legalReviewPassed) {
    return fail(new AppError('ENFORCEMENT_LEGAL_REVIEW_REQUIRED'));
  }
  const next: CaseState = { ...state };
  // What a step records besides the status.
  if (step === 'requestLegalReview')
    next.legalReviewReturnTo =
      state.status === 'heard' || state.status === 'notified' ? state.status : 'reviewing';
  if (step === 'approveLegalReview') next.legalReviewPassed = true;
  if (step === 'notify') next.hearingOffered = input.hearingOffered ?? false;
  if (step === 'requestHearing') next.legalReviewPassed = false;
  next.status = rule.to === 'return' ? (state.legalReviewReturnTo ?? 'reviewing') : rule.to;
  if (step === 'approveLegalReview' || step === 'rejectLegalReview') next.legalReviewReturnTo = null;
  return { ok: true, state: next };
}

/** The steps this actor may take now (the case page's buttons). */
export function nextSteps(state: CaseState, actor: CaseActor): CaseStep[] {
  return stepsFrom(state.status).filter((s) => applyStep(state, s, actor).ok);
}
