import { describe, expect, it } from 'vitest';
import gb6441 from '../../../../reference/standards/gb6441-accident-types.json' with { type: 'json' };
import { gb6441Types } from './categories.ts';
import { type AccidentGrade, type GradeCriterion, gradeAccident } from './grade.ts';

const zero = { deaths: 0, seriousInjuries: 0, directLoss: 0 };

/**
 * 条例 第三条, every bound of every criterion: the value just below a bound stays in the lower grade
 * ("以下" excludes the number), the bound itself reaches the higher one ("以上" includes it).
 */
const boundaries: [GradeCriterion, number, AccidentGrade][] = [
  ['deaths', 0, '一般'],
  ['deaths', 2, '一般'],
  ['deaths', 3, '较大'],
  ['deaths', 9, '较大'],
  ['deaths', 10, '重大'],
  ['deaths', 29, '重大'],
  ['deaths', 30, '特别重大'],
  ['deaths', 500, '特别重大'],
  ['seriousInjuries', 9, '一般'],
  ['seriousInjuries', 10, '较大'],
  ['seriousInjuries', 49, '较大'],
  ['seriousInjuries', 50, '重大'],
  ['seriousInjuries', 99, '重大'],
  ['seriousInjuries', 100, '特别重大'],
  ['directLoss', 999.99, '一般'],
  ['directLoss', 1000, '较大'],
  ['directLoss', 4999.99, '较大'],
  ['directLoss', 5000, '重大'],
  ['directLoss', 9999.99, '重大'],
  ['directLoss', 10000, '特别重大'],
];

describe('accident grade (条例 第三条)', () => {
  it.each(boundaries)('%s = %d → %s', (criterion, value, grade) => {
    const r = gradeAccident({ ...zero, [criterion]: value });
    expect(r.grade).toBe(grade);
    expect(r.criteria.find((c) => c.criterion === criterion)?.grade).toBe(grade);
  });

  it('takes the highest grade met by any criterion and names every criterion that reaches it', () => {
    expect(gradeAccident({ deaths: 2, seriousInjuries: 55, directLoss: 300 }).grade).toBe('重大');
    const both = gradeAccident({ deaths: 3, seriousInjuries: 12, directLoss: 10 });
    expect(both.grade).toBe('较大');
    expect(both.basis).toHaveLength(2);
    expect(both.basis[0]).toContain('3人以上10人以下死亡');
    expect(gradeAccident({ deaths: 1, seriousInjuries: 0, directLoss: 12_000 }).grade).toBe('特别重大');
  });

  it('explains a 一般 accident and carries the rule version', () => {
    const r = gradeAccident({ deaths: 2, seriousInjuries: 9, directLoss: 999 });
    expect(r.grade).toBe('一般');
    expect(r.basis[0]).toContain('均未达到较大事故标准');
    expect(r.ruleVersion).toMatch(/493/);
  });

  it('lists the 20 GB 6441 types exactly as the reference copy', () => {
    expect(gb6441Types.map((t) => [t.code, t.name])).toEqual(gb6441.types.map((t) => [t.code, t.name]));
  });
});
