import { describe, expect, it } from 'vitest';
import {
  type CaseActor,
  type CaseState,
  type CaseStatus,
  type CaseStep,
  applyStep,
  casePermissions,
  caseStatuses,
  caseStepNames,
  newCase,
  nextSteps,
} from './case-machine.ts';

const all = Object.values(casePermissions);
/** Holds every permission and investigates nothing: only the machine's shape can refuse this actor. */
const chief: CaseActor = { userId: 'chief', permissions: all };
const investigator: CaseActor = { userId: 'inv-1', permissions: all };

/** The machine written out by hand from 行政处罚法 第五章: status → step → the status after it. */
const legal: Record<CaseStatus, Partial<Record<CaseStep, CaseStatus>>> = {
  filed: { investigate: 'investigating', withdraw: 'withdrawn' },
  investigating: { concludeInvestigation: 'reviewing', transfer: 'transferred', withdraw: 'withdrawn' },
  reviewing: {
    requestLegalReview: 'legal_review',
    notify: 'notified',
    notPunish: 'not_punished',
    transfer: 'transferred',
    withdraw: 'withdrawn',
  },
  legal_review: { approveLegalReview: 'reviewing', rejectLegalReview: 'investigating' },
  notified: {
    requestLegalReview: 'legal_review',
    requestHearing: 'hearing',
    decide: 'decided',
    notPunish: 'not_punished',
    transfer: 'transferred',
  },
  hearing: { concludeHearing: 'heard' },
  heard: {
    requestLegalReview: 'legal_review',
    decide: 'decided',
    notPunish: 'not_punished',
    transfer: 'transferred',
  },
  decided: { serve: 'served' },
  served: { execute: 'executing' },
  executing: { close: 'closed' },
  closed: {},
  not_punished: {},
  transferred: { receiveBack: 'reviewing' },
  withdrawn: {},
};

const at = (status: CaseStatus, extra: Partial<CaseState> = {}): CaseState => ({
  ...newCase(false, ['inv-1', 'inv-2']),
  status,
  hearingOffered: true,
  legalReviewReturnTo: status === 'legal_review' ? 'reviewing' : null,
  ...extra,
});

describe('every (status, step) pair', () => {
  const pairs = caseStatuses.flatMap((status) => caseStepNames.map((step) => [status, step] as const));
  it('covers 14 statuses × 16 steps', () => expect(pairs).toHaveLength(14 * 16));

  it.each(pairs)('%s --%s-->', (status, step) => {
    const r = applyStep(at(status), step, chief);
    const to = legal[status][step];
    if (to) expect(r).toMatchObject({ ok: true, state: { status: to } });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('ENFORCEMENT_STEP_NOT_ALLOWED');
        expect(r.error.details).toEqual({ step, allowed: Object.keys(legal[status]) });
      }
    }
  });

  it('terminal outcomes offer nothing', () => {
    for (const s of ['closed', 'not_punished', 'withdrawn'] as const)
      expect(nextSteps(at(s), chief)).toEqual([]);
  });
});

describe('who may take a step', () => {
  it.each([
    ['investigate', 'filed', casePermissions.investigate],
    ['approveLegalReview', 'legal_review', casePermissions.legalReview],
    ['concludeHearing', 'hearing', casePermissions.hearing],
    ['decide', 'notified', casePermissions.decide],
    ['close', 'executing', casePermissions.decide],
    ['transfer', 'reviewing', casePermissions.decide],
  ] as const)('%s needs %s', (step, status, permission) => {
    const without: CaseActor = { userId: 'x', permissions: all.filter((p) => p !== permission) };
    const r = applyStep(at(status), step, without);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    expect(applyStep(at(status), step, { userId: 'x', permissions: [permission] }).ok).toBe(true);
  });

  it.each([
    ['approveLegalReview', 'legal_review'],
    ['rejectLegalReview', 'legal_review'],
    ['concludeHearing', 'hearing'],
  ] as const)('an investigator of the case may not %s (第五十八条, 第六十四条(四))', (step, status) => {
    const r = applyStep(at(status), step, investigator);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ENFORCEMENT_INVESTIGATOR_EXCLUDED');
  });

  it('nextSteps shows only what the actor may take', () => {
    const clerk: CaseActor = { userId: 'inv-1', permissions: [casePermissions.investigate] };
    expect(nextSteps(at('reviewing'), clerk)).toEqual(['requestLegalReview', 'notify']);
    expect(nextSteps(at('legal_review'), investigator)).toEqual([]);
  });
});

describe('法制审核 for 重大执法决定 (第五十八条)', () => {
  const major = (status: CaseStatus, extra: Partial<CaseState> = {}) => at(status, { major: true, ...extra });

  it('a major case cannot be decided without a passed review', () => {
    const r = applyStep(major('notified'), 'decide', chief);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ENFORCEMENT_LEGAL_REVIEW_REQUIRED');
    expect(applyStep(at('notified'), 'decide', chief).ok).toBe(true);
  });

  it('review → approve returns to 审理 with the review passed; then notify and decide', () => {
    let s = major('reviewing');
    for (const step of ['requestLegalReview', 'approveLegalReview', 'notify', 'decide'] as const) {
      const r = applyStep(s, step, chief, { hearingOffered: false });
      expect(r.ok).toBe(true);
      if (r.ok) s = r.state;
    }
    expect(s).toMatchObject({ status: 'decided', legalReviewPassed: true, hearingOffered: false });
  });

  it('a hearing voids an earlier review: review again after it, and the approval returns to 听证结束', () => {
    let s = major('notified', { legalReviewPassed: true });
    const run = (step: CaseStep, actor = chief) => {
      const r = applyStep(s, step, actor);
      if (!r.ok) throw r.error;
      s = r.state;
    };
    run('requestHearing');
    expect(s.legalReviewPassed).toBe(false);
    run('concludeHearing');
    expect(applyStep(s, 'decide', chief).ok).toBe(false);
    run('requestLegalReview');
    run('approveLegalReview');
    expect(s).toMatchObject({ status: 'heard', legalReviewPassed: true, legalReviewReturnTo: null });
    run('decide');
    expect(s.status).toBe('decided');
  });

  it('a major case notified without a review (no hearing asked) is reviewed from 已告知, returns there, then is decided', () => {
    let s = major('notified');
    for (const step of ['requestLegalReview', 'approveLegalReview'] as const) {
      const r = applyStep(s, step, chief);
      if (!r.ok) throw r.error;
      s = r.state;
    }
    expect(s).toMatchObject({ status: 'notified', legalReviewPassed: true, legalReviewReturnTo: null });
    expect(applyStep(s, 'decide', chief)).toMatchObject({ ok: true, state: { status: 'decided' } });
  });

  it('a rejected review sends the case back to 调查取证', () => {
    const r = applyStep(major('legal_review'), 'rejectLegalReview', chief);
    expect(r).toMatchObject({ ok: true, state: { status: 'investigating', legalReviewPassed: false } });
  });
});

describe('听证 (第六十三条, 第六十四条)', () => {
  it('a hearing request needs a notice that offered one', () => {
    const r = applyStep(at('notified', { hearingOffered: false }), 'requestHearing', chief);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ENFORCEMENT_HEARING_NOT_OFFERED');
  });

  it('the notice step records whether it offers a hearing', () => {
    expect(applyStep(at('reviewing'), 'notify', chief, { hearingOffered: true })).toMatchObject({
      ok: true,
      state: { hearingOffered: true },
    });
  });
});

describe('移送 (行刑衔接, 第二十七条)', () => {
  it('a case sent to the judicial organs may come back for an administrative penalty', () => {
    const out = applyStep(at('investigating'), 'transfer', chief);
    expect(out).toMatchObject({ ok: true, state: { status: 'transferred' } });
    if (out.ok)
      expect(applyStep(out.state, 'receiveBack', chief)).toMatchObject({ state: { status: 'reviewing' } });
  });
});
