import { describe, expect, it } from 'vitest';
import lawJson from '../../../../reference/law/work-safety-law-2021.json' with { type: 'json' };
import rulesJson from '../../../../reference/law/enforcement-rules.json' with { type: 'json' };
import { parseEnforcementRules } from '../rules/enforcement-rules.ts';
import { parsePenaltyLaw } from './penalties.ts';
import { continuousPenalty, lateSurcharge } from './surcharge.ts';

const law = parsePenaltyLaw(lawJson);
const rules = parseEnforcementRules(rulesJson);

describe('加处罚款 (行政处罚法 第七十二条: 3 %/day, capped at the fine)', () => {
  const fineFen = 1_000_000; // 10 000 元
  it.each([
    ['2026-11-04', 0, 0, false, 'the last day to pay itself'],
    ['2026-11-05', 1, 30_000, false, 'one day late: 3 %'],
    ['2026-12-07', 33, 990_000, false, '33 days: 99 %'],
    ['2026-12-08', 34, 1_000_000, true, '34 days would be 102 %: capped at the fine'],
  ] as const)('until %s: %i days, %i fen (%s)', (until, days, surchargeFen, capped, _why) => {
    expect(lateSurcharge(rules, { fineFen, lastDayToPay: '2026-11-04', until })).toMatchObject({
      days,
      surchargeFen,
      capped,
      basis: { version: 'case.lateSurcharge@2021-07-15' },
    });
  });

  it('days of an administrative review are not counted (第七十三条第三款)', () => {
    const s = lateSurcharge(rules, {
      fineFen,
      lastDayToPay: '2026-11-04',
      until: '2026-11-20',
      suspended: [{ from: '2026-11-10', to: '2026-11-19' }],
    });
    expect(s).toMatchObject({ days: 6, surchargeFen: 180_000 });
  });

  it('rounds to the fen: 123.45 元 × 3 % = 3.7035 元 → 370 分', () => {
    expect(
      lateSurcharge(rules, { fineFen: 12_345, lastDayToPay: '2026-11-04', until: '2026-11-05' }).surchargeFen,
    ).toBe(370);
  });
});

describe('按日连续处罚 (安全生产法 第一百一十二条)', () => {
  it('from the day after the order: ordered 10/9, still uncorrected on 10/19 → 10 days × the original fine', () => {
    expect(
      continuousPenalty(law, { originalFine: 50000, orderedOn: '2026-10-09', until: '2026-10-19' }),
    ).toEqual({
      from: '2026-10-10',
      to: '2026-10-19',
      days: 10,
      amount: 500000,
      citation: '《中华人民共和国安全生产法》(2021修正) 第一百一十二条',
      lawVersion: '安全生产法(2021修正)',
    });
  });
  it('nothing on the day of the order itself', () => {
    expect(
      continuousPenalty(law, { originalFine: 50000, orderedOn: '2026-10-09', until: '2026-10-09' }).days,
    ).toBe(0);
  });
});
