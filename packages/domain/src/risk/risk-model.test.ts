import { describe, expect, it } from 'vitest';
import type { RiskLevel } from './lec.ts';
import { addCycle, nextDueOf, riskColorOf, riskGradeOf } from './risk-model.ts';

describe('risk grade derivation (unit = highest event, enterprise = highest unit)', () => {
  const table: [string, (RiskLevel | null)[], RiskLevel | null][] = [
    ['no events: unassessed', [], null],
    ['only unassessed', [null, null], null],
    ['one low', ['低风险'], '低风险'],
    ['low and general', ['低风险', '一般风险'], '一般风险'],
    ['order does not matter', ['一般风险', '低风险'], '一般风险'],
    ['larger beats general', ['一般风险', '较大风险', '低风险'], '较大风险'],
    ['major beats all', ['低风险', '重大风险', '较大风险'], '重大风险'],
    ['unassessed ignored', [null, '较大风险'], '较大风险'],
    ['duplicates', ['低风险', '低风险'], '低风险'],
  ];
  it.each(table)('%s', (_name, levels, expected) => {
    expect(riskGradeOf(levels)).toBe(expected);
    expect(riskColorOf(expected)).toBe(
      expected ? { 重大风险: 'red', 较大风险: 'orange', 一般风险: 'yellow', 低风险: 'blue' }[expected] : null,
    );
  });
  it('composes: the enterprise takes the highest of its units', () => {
    const units = [['低风险', '一般风险'], [], ['较大风险']].map((events) =>
      riskGradeOf(events as RiskLevel[]),
    );
    expect(units).toEqual(['一般风险', null, '较大风险']);
    expect(riskGradeOf(units)).toBe('较大风险');
  });
});

describe('check task cycles', () => {
  const t0 = new Date('2026-01-31T02:00:00Z');
  it.each([
    [1, 'hour', '2026-01-31T03:00:00.000Z'],
    [2, 'day', '2026-02-02T02:00:00.000Z'],
    [1, 'week', '2026-02-07T02:00:00.000Z'],
    [1, 'month', '2026-02-28T02:00:00.000Z'],
    [3, 'month', '2026-04-30T02:00:00.000Z'],
    [1, 'year', '2027-01-31T02:00:00.000Z'],
  ] as const)('%i %s', (n, unit, iso) => {
    expect(addCycle(t0, n, unit).toISOString()).toBe(iso);
  });
  it('next due: the start when never checked, else the last record plus one cycle', () => {
    const task = { startsAt: t0, cycleNum: 1, cycleUnit: 'day' as const };
    expect(nextDueOf(task, null)).toEqual(t0);
    expect(nextDueOf(task, new Date('2026-03-01T00:00:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });
});
