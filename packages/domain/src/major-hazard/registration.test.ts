import { describe, expect, it } from 'vitest';
import { defaultDutyCycles, dutyProgress, evaluationOf, guarantorRoles } from './registration.ts';

describe('安全评估 due dates', () => {
  const at = (evaluatedOn: string | null, evaluatedRevision: number | null = 1, revision = 1) => ({
    evaluatedOn,
    evaluatedRevision,
    revision,
  });
  it.each([
    [at(null), '2026-12-03', null, 'missing'],
    [at('2023-12-03'), '2026-12-03', '2026-12-03', 'ok'], // the last day of the 3 years
    [at('2023-12-03'), '2026-12-04', '2026-12-03', 'overdue'],
    [at('2024-02-29'), '2027-03-01', '2027-02-28', 'overdue'], // month end clamps
    [at('2026-01-10', 1, 2), '2026-02-01', '2029-01-10', 'changed'], // inventory changed since
  ])('%o on %s → due %s, %s', (e, today, dueOn, status) => {
    expect(evaluationOf(e, today)).toEqual({ dueOn, status });
  });
});

describe('包保 duty completion', () => {
  const weekly = { cycleNum: 1, cycleUnit: 'week' as const };
  it('counts finished periods, and the current one only once it has a check', () => {
    // 2026-01-01 … 2026-01-20: periods [1–8), [8–15) finished, [15–22) current.
    const p = dutyProgress(weekly, ['2026-01-02', '2026-01-03'], '2026-01-01', '2026-01-20');
    expect(p).toMatchObject({
      periods: 2,
      done: 1,
      rate: 0.5,
      lastOn: '2026-01-03',
      nextDueOn: '2026-01-10',
    });
    expect(p.overdue).toBe(true);
    const q = dutyProgress(weekly, ['2026-01-02', '2026-01-09', '2026-01-16'], '2026-01-01', '2026-01-20');
    expect(q).toMatchObject({ periods: 3, done: 3, rate: 1, overdue: false });
  });
  it('a new window with no period finished has no rate yet', () => {
    expect(dutyProgress(weekly, [], '2026-01-01', '2026-01-03')).toMatchObject({ periods: 0, rate: null });
  });
  it('every role has a default cycle with a citation; unverified ones say so', () => {
    expect(defaultDutyCycles.map((c) => c.role).sort()).toEqual([...guarantorRoles].sort());
    for (const c of defaultDutyCycles) {
      expect(c.citation).toContain('包保责任制办法');
      if (!c.verified) expect(c.citation).toContain('待核实');
    }
  });
});
