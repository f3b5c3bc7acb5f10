import { describe, expect, it } from 'vitest';
import lawJson from '../../../../reference/law/work-safety-law-2021.json' with { type: 'json' };
import {
  type DiscretionBenchmark,
  benchmarkProblems,
  benchmarkSchema,
  checkProposedFine,
} from './discretion.ts';
import { parsePenaltyLaw } from './penalties.ts';

const law = parsePenaltyLaw(lawJson);

/** A made-up benchmark for the tests (an authority configures its own published one). */
const benchmark: DiscretionBenchmark = benchmarkSchema.parse({
  id: 'test-2026',
  authority: '测试应急管理局',
  title: '测试用裁量基准',
  effectiveFrom: '2026-01-01',
  entries: [
    {
      code: 'T-99-1',
      fineId: '99-1',
      bands: {
        轻微: { min: 1000, max: 10000 },
        一般: { min: 10000, max: 25000 },
        较重: { min: 25000, max: 40000 },
        严重: { min: 40000, max: 50000 },
      },
    },
  ],
});

describe('checkProposedFine against the statute (第九十九条: 五万元以下)', () => {
  it.each([
    [50000, true, undefined, 'the maximum itself (以下 includes it)'],
    [1, true, undefined, 'any amount above zero'],
    [50001, false, 'ENFORCEMENT_FINE_OUTSIDE_STATUTE', 'a yuan over the maximum'],
    [0, false, 'ENFORCEMENT_FINE_OUTSIDE_STATUTE', 'zero is no fine'],
  ] as const)('%i yuan → ok=%s (%s)', (value, ok, error, _why) => {
    const c = checkProposedFine(law, { fineId: '99-1', value });
    expect(c).toMatchObject({ ok, statutory: { min: 0, max: 50000 }, lawVersion: '安全生产法(2021修正)' });
    expect(c.error).toBe(error);
  });

  it('below a statutory minimum is 减轻处罚: allowed only with a reason (行政处罚法 第三十二条)', () => {
    expect(checkProposedFine(law, { fineId: '94-1', value: 10000 })).toMatchObject({
      ok: false,
      error: 'ENFORCEMENT_FINE_REASON_REQUIRED',
      reasonRequired: true,
    });
    expect(checkProposedFine(law, { fineId: '94-1', value: 10000, reason: '主动消除危害后果' }).ok).toBe(
      true,
    );
  });

  it('a reason never lets a fine exceed the statute', () => {
    expect(checkProposedFine(law, { fineId: '94-1', value: 50001, reason: '情节恶劣' }).ok).toBe(false);
  });

  it('percent of income (第九十六条: 20–50 %) and a multiple of illegal gains (第一百零三条: 2–5 倍, gains ≥ 10 万)', () => {
    expect(checkProposedFine(law, { fineId: '96-2', value: 50 }).ok).toBe(true);
    expect(checkProposedFine(law, { fineId: '96-2', value: 51 }).ok).toBe(false);
    expect(checkProposedFine(law, { fineId: '103-1', value: 500000, illegalGains: 100000 }).ok).toBe(true);
    expect(checkProposedFine(law, { fineId: '103-1', value: 500001, illegalGains: 100000 }).ok).toBe(false);
    expect(checkProposedFine(law, { fineId: '103-1', value: 200000, illegalGains: 99999 }).error).toBe(
      'VALIDATION_FAILED',
    );
  });
});

describe('checkProposedFine against a configured benchmark', () => {
  it.each([
    ['一般', 20000, true, false],
    ['一般', 25000, true, false],
    ['轻微', 20000, false, true],
    ['严重', 45000, true, false],
  ] as const)('%s, %i yuan → ok=%s, reason required=%s', (circumstance, value, ok, reasonRequired) => {
    const c = checkProposedFine(law, { fineId: '99-1', value, circumstance }, benchmark);
    expect(c).toMatchObject({ ok, reasonRequired, band: { circumstance, benchmark: 'test-2026' } });
  });

  it('outside the band but inside the statute: fine with a recorded reason', () => {
    const c = checkProposedFine(
      law,
      { fineId: '99-1', value: 20000, circumstance: '轻微', reason: '多次整改不到位' },
      benchmark,
    );
    expect(c).toMatchObject({ ok: true, reasonRequired: true });
  });

  it('needs the circumstance when the benchmark covers the fine; other fines fall back to the statute', () => {
    expect(checkProposedFine(law, { fineId: '99-1', value: 20000 }, benchmark).error).toBe(
      'VALIDATION_FAILED',
    );
    expect(checkProposedFine(law, { fineId: '97-1', value: 20000 }, benchmark)).toMatchObject({ ok: true });
  });

  it('a benchmark may not leave the statutory range or name an unknown fine', () => {
    expect(benchmarkProblems(benchmark, law)).toEqual([]);
    const bad = {
      ...benchmark,
      entries: [
        { code: 'X', fineId: '99-1', bands: { 严重: { min: 40000, max: 60000 } } },
        { code: 'Y', fineId: '1-1', bands: {} },
      ],
    };
    expect(benchmarkProblems(bad, law)).toEqual([
      'X 严重：40000–60000 超出《中华人民共和国安全生产法》(2021修正) 第九十九条的幅度 0–50000',
      'Y：没有罚款条款 1-1',
    ]);
  });
});
