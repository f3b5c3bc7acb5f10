import { describe, expect, it } from 'vitest';
import lecLs from '../../../../reference/standards/lec-ls.json' with { type: 'json' };
import {
  type DangerClass,
  type RiskLevel,
  evaluateLec,
  evaluateLs,
  lecProblems,
  lecScores,
  lecWording,
} from './lec.ts';

/**
 * Worked from lec-ls.json: every band boundary that the standard scores can reach (20 and 70 can; 160
 * and 320 cannot), the products on either side, and source A's worked example (D = 20 → 稍有危险).
 */
const lecCases: [L: number, E: number, C: number, D: number, DangerClass, RiskLevel][] = [
  [10, 10, 100, 10000, '极其危险', '重大风险'],
  [6, 6, 15, 540, '极其危险', '重大风险'], // just above 320
  [3, 6, 40, 720, '极其危险', '重大风险'],
  [10, 3, 7, 210, '高度危险', '较大风险'],
  [10, 6, 3, 180, '高度危险', '较大风险'], // 160 < D ≤ 320
  [3, 6, 15, 270, '高度危险', '较大风险'],
  [1, 10, 15, 150, '显著危险', '一般风险'],
  [6, 2, 7, 84, '显著危险', '一般风险'], // just above 70
  [10, 1, 7, 70, '一般危险', '低风险'], // boundary: 70 belongs to 一般危险 (upper end inclusive)
  [1, 10, 7, 70, '一般危险', '低风险'],
  [3, 3, 7, 63, '一般危险', '低风险'],
  [3, 1, 7, 21, '一般危险', '低风险'], // just above 20
  [1, 0.5, 40, 20, '稍有危险', '低风险'], // source A: 坍塌 D = 20 → 稍有危险
  [10, 2, 1, 20, '稍有危险', '低风险'],
  [0.2, 1, 100, 20, '稍有危险', '低风险'],
  [0.1, 0.5, 100, 5, '稍有危险', '低风险'], // float noise cleaned
  [0.1, 0.5, 1, 0.05, '稍有危险', '低风险'],
];

describe('LEC (D = L × E × C)', () => {
  it.each(lecCases)('L=%d E=%d C=%d → D=%d %s %s', (L, E, C, D, dangerClass, level) => {
    expect(evaluateLec({ L, E, C })).toEqual({
      D,
      dangerClass,
      level,
      color: { 重大风险: 'red', 较大风险: 'orange', 一般风险: 'yellow', 低风险: 'blue' }[level],
    });
  });

  it('uses exactly the score tables of the reference copy', () => {
    expect(lecScores.L).toEqual(lecLs.L.map((s) => s.score));
    expect(lecScores.E).toEqual(lecLs.E.map((s) => s.score));
    expect(lecScores.C).toEqual(lecLs.C.map((s) => s.score));
  });

  it('no product of standard scores lands on 160 or 320, so only 20 and 70 test the convention', () => {
    const products = lecScores.L.flatMap((l) =>
      lecScores.E.flatMap((e) => lecScores.C.map((c) => Math.round(l * e * c * 1000) / 1000)),
    );
    expect(products).not.toContain(160);
    expect(products).not.toContain(320);
    expect(products).toContain(20);
    expect(products).toContain(70);
  });

  it('a lower-inclusive convention and another colour mapping are configurable', () => {
    const lower = evaluateLec(
      { L: 10, E: 1, C: 7 },
      {
        upperInclusive: false,
        levelBands: [
          { above: 70, value: '一般风险' },
          { above: 20, value: '一般风险' },
          { above: -Infinity, value: '低风险' },
        ],
      },
    );
    expect(lower).toMatchObject({ D: 70, dangerClass: '显著危险', level: '一般风险', color: 'yellow' });
  });

  it.each([
    [{ L: 2, E: 6, C: 7 }, ['L']],
    [{ L: 3, E: 4, C: 8 }, ['E', 'C']],
    [{ L: 0, E: 0, C: 0 }, ['L', 'E', 'C']],
  ])('rejects scores outside the tables: %o', (input, fields) => {
    expect(lecProblems(input).map((p) => p.field)).toEqual(fields);
    expect(() => evaluateLec(input)).toThrow(RangeError);
  });
});

/** R = L × S, default LS-2 (lec-ls.json): 20–25 红, 10–16 橙, 4–9 黄, 1–3 蓝. */
const lsCases: [L: number, S: number, R: number, RiskLevel][] = [
  [5, 5, 25, '重大风险'],
  [4, 5, 20, '重大风险'],
  [4, 4, 16, '较大风险'],
  [5, 3, 15, '较大风险'],
  [2, 5, 10, '较大风险'],
  [3, 3, 9, '一般风险'], // LS-2; LS-1 says 较大
  [2, 4, 8, '一般风险'],
  [4, 1, 4, '一般风险'],
  [1, 3, 3, '低风险'],
  [1, 1, 1, '低风险'],
];

describe('L × S risk matrix', () => {
  it.each(lsCases)('L=%d S=%d → R=%d %s', (L, S, R, level) => {
    expect(evaluateLs({ L, S })).toMatchObject({ R, level });
  });

  it('LS-1 differs only at R = 9', () => {
    for (let L = 1; L <= 5; L++) {
      for (let S = 1; S <= 5; S++) {
        const a = evaluateLs({ L, S }, 'LS-1').level;
        const b = evaluateLs({ L, S }, 'LS-2').level;
        if (L * S === 9) expect([a, b]).toEqual(['较大风险', '一般风险']);
        else expect(a).toBe(b);
      }
    }
  });

  it.each([
    { L: 0, S: 3 },
    { L: 6, S: 1 },
    { L: 2.5, S: 2 },
  ])('rejects %o', (input) => {
    expect(() => evaluateLs(input)).toThrow(RangeError);
  });
});

describe('LEC wording', () => {
  it.each(['L', 'E', 'C'] as const)('%s: every score has the wording of lec-ls.json', (k) => {
    const copy = (lecLs as unknown as Record<string, { score: number; meaning: string }[]>)[k]!;
    expect(
      Object.keys(lecWording[k])
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([...lecScores[k]].sort((a, b) => a - b));
    for (const { score, meaning } of copy)
      expect(meaning.startsWith(lecWording[k][score]!.meaning)).toBe(true);
  });
});
