import { describe, expect, it } from 'vitest';
import {
  type HazardAction,
  type HazardParty,
  type HazardState,
  type HazardStatus,
  actionsFrom,
  availableActions,
  chinaDate,
  daysToDeadline,
  decideStep,
  hazardActions,
  hazardPartyOf,
  hazardStatuses,
  isOverdue,
  missingPlanFields,
} from './lifecycle.ts';

const plan = {
  responsiblePerson: '王伟',
  measures: '更换防爆电气',
  funds: 12.5,
  deadline: '2026-12-31',
  contingencyPlan: '停用该区域，设置警戒',
};
const parties: (HazardParty | null)[] = ['regulator', 'grid', 'enterprise', 'agency', null];

/** The whole machine, state × action: the legal step's target and who may take it; everything else 409. */
const legal: Record<HazardStatus, Partial<Record<HazardAction, [HazardStatus, HazardParty[]]>>> = {
  reported: { assess: ['assessed', ['regulator']] },
  assessed: { start_rectification: ['rectifying', ['enterprise']] },
  rectifying: { request_acceptance: ['acceptance_requested', ['enterprise']] },
  acceptance_requested: { accept: ['accepted', ['regulator']], reject: ['rectifying', ['regulator']] },
  accepted: {},
};

const rows = hazardStatuses.flatMap((status) =>
  hazardActions.flatMap((action) => parties.map((party) => [status, action, party] as const)),
);

describe('hazard lifecycle: every state × action × party (一般隐患)', () => {
  it.each(rows)('%s --%s--> by %s', (status, action, party) => {
    const h: HazardState = { status, level: '一般', plan: null, listedByDivision: null };
    const d = decideStep(h, action, { party, divisionCode: '640502' });
    const rule = legal[status][action];
    if (!rule) expect(d).toEqual({ ok: false, problem: 'illegal_step', allowed: Object.keys(legal[status]) });
    else if (party && rule[1].includes(party)) expect(d).toEqual({ ok: true, to: rule[0] });
    else expect(d).toEqual({ ok: false, problem: 'wrong_party', by: rule[1] });
  });

  it('accepted is final (销号)', () => {
    expect(actionsFrom('accepted')).toEqual([]);
  });
});

describe('重大隐患', () => {
  const major = (status: HazardStatus, p: Partial<typeof plan> | null = null): HazardState => ({
    status,
    level: '重大',
    plan: p,
    listedByDivision: '640521',
  });

  it('starts rectification only with the complete 五落实 plan', () => {
    const ent = { party: 'enterprise' as const, divisionCode: null };
    expect(decideStep(major('assessed'), 'start_rectification', ent)).toEqual({
      ok: false,
      problem: 'plan_required',
      missing: ['responsiblePerson', 'measures', 'funds', 'deadline', 'contingencyPlan'],
    });
    expect(
      decideStep(major('assessed', { ...plan, contingencyPlan: ' ' }), 'start_rectification', ent),
    ).toMatchObject({ problem: 'plan_required', missing: ['contingencyPlan'] });
    expect(decideStep(major('assessed', { ...plan, funds: 0 }), 'start_rectification', ent)).toEqual({
      ok: true,
      to: 'rectifying',
    });
    expect(availableActions(major('assessed'), ent)).toEqual(['start_rectification']);
  });

  it('closes only by the authority that 挂牌督办 it; any regulator may reject', () => {
    const h = major('acceptance_requested', plan);
    expect(decideStep(h, 'accept', { party: 'regulator', divisionCode: '640521' })).toEqual({
      ok: true,
      to: 'accepted',
    });
    expect(decideStep(h, 'accept', { party: 'regulator', divisionCode: '640500' })).toEqual({
      ok: false,
      problem: 'listing_authority_only',
      listedByDivision: '640521',
    });
    expect(decideStep(h, 'reject', { party: 'regulator', divisionCode: '640500' })).toEqual({
      ok: true,
      to: 'rectifying',
    });
    expect(availableActions(h, { party: 'regulator', divisionCode: '640500' })).toEqual(['reject']);
    expect(availableActions(h, { party: 'enterprise', divisionCode: null })).toEqual([]);
  });

  it('a 一般 hazard starts without a plan', () => {
    expect(missingPlanFields(plan)).toEqual([]);
    expect(
      decideStep(
        { status: 'assessed', level: '一般', plan: null, listedByDivision: null },
        'start_rectification',
        { party: 'enterprise', divisionCode: null },
      ),
    ).toEqual({ ok: true, to: 'rectifying' });
  });
});

describe('roles → parties', () => {
  it.each([
    ['city_supervisor', 'regulator'],
    ['county_supervisor', 'regulator'],
    ['department_officer', 'regulator'],
    ['grid_member', 'grid'],
    ['enterprise_user', 'enterprise'],
    ['agency_user', 'agency'],
    ['system_admin', null],
    [null, null],
  ] as const)('%s → %s', (role, party) => {
    expect(hazardPartyOf(role)).toBe(party);
  });
});

describe('overdue, derived from the deadline (fixed clock)', () => {
  // 2026-06-10 23:30 in Beijing is still 2026-06-10 15:30 UTC.
  const now = new Date('2026-06-10T15:30:00Z');
  it.each([
    ['rectifying', '2026-06-09', true],
    ['rectifying', '2026-06-10', false], // the deadline day is still on time
    ['acceptance_requested', '2026-06-01', true], // not accepted yet
    ['accepted', '2026-06-01', false],
    ['reported', null, false],
  ] as const)('%s, deadline %s → %s', (status, deadline, overdue) => {
    expect(isOverdue({ status, deadline }, now)).toBe(overdue);
  });

  it('uses the date in China Standard Time', () => {
    expect(chinaDate(new Date('2026-06-10T16:30:00Z'))).toBe('2026-06-11');
    expect(
      isOverdue({ status: 'rectifying', deadline: '2026-06-10' }, new Date('2026-06-10T16:30:00Z')),
    ).toBe(true);
    expect(daysToDeadline('2026-06-13', now)).toBe(3);
    expect(daysToDeadline('2026-06-08', now)).toBe(-2);
  });
});
