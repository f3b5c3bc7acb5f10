import { describe, expect, it } from 'vitest';
import { type AccidentAggregate, computeIndicators, computePeriodIndicators, roundTo } from './compute.ts';
import { decomposeTarget } from './decompose.ts';
import { indicatorDefinition, indicatorDefinitions } from './definitions.ts';
import { type DenominatorRow, resolveDenominator } from './denominators.ts';
import { annualDropFormOf, drops, expectedValue, targetProgress } from './drops.ts';

const agg = (
  year: number,
  category: string,
  accidents: number,
  deaths: number,
  larger = false,
): AccidentAggregate => ({ year, category, larger, accidents, deaths });
const den = (
  divisionCode: string,
  year: number,
  kind: DenominatorRow['kind'],
  value: number,
): DenominatorRow => ({ divisionCode, year, kind, value });

describe('indicator arithmetic (PRODUCT.md §4)', () => {
  const aggregates = [
    agg(2010, 'road_traffic', 500, 54),
    agg(2010, 'road_traffic', 1, 4, true),
    agg(2010, 'coal_mine', 1, 5, true),
    agg(2010, 'industry_trade', 90, 5),
    agg(2010, 'hazardous_chemicals', 1, 3, true),
    agg(2010, 'construction', 32, 3),
  ];
  const dens = [
    den('640502', 2010, 'gdp', 100),
    den('640521', 2010, 'gdp', 50),
    den('640522', 2010, 'gdp', 19.34),
    den('640500', 2010, 'motor_vehicles', 138_095),
    den('640500', 2010, 'industry_employees', 95_932),
    den('640500', 2010, 'coal_output', 32.85),
  ];
  const byKey = (key: string) =>
    computeIndicators(aggregates, dens, '640500', 2010).find((v) => v.key === key);

  it('divides deaths by the denominator with the indicator’s scale', () => {
    expect(roundTo(byKey('gdp_death_rate')?.value ?? 0, 3)).toBe(0.437); // 74 ÷ 169.34 亿元, counties summed
    expect(byKey('gdp_death_rate')).toMatchObject({ numerator: 74, denominator: 169.34, unit: '人/亿元' });
    expect(roundTo(byKey('road_death_rate')?.value ?? 0, 2)).toBe(4.2); // 58 ÷ 138 095 × 10⁴
    expect(roundTo(byKey('industry_trade_death_rate')?.value ?? 0, 3)).toBe(5.212); // 5 ÷ 95 932 × 10⁵
    expect(roundTo(byKey('coal_death_rate')?.value ?? 0, 2)).toBe(15.22); // 5 ÷ 0.3285 百万吨
  });

  it('counts accidents, deaths, 较大以上 and per-category deaths', () => {
    expect(byKey('accidents')?.value).toBe(625);
    expect(byKey('deaths')?.value).toBe(74);
    expect(byKey('larger_accidents')?.value).toBe(3);
    expect(byKey('larger_accident_deaths')?.value).toBe(12);
    expect(byKey('road_deaths')?.value).toBe(58);
    expect(byKey('industry_trade_deaths')?.value).toBe(5);
  });

  it('gives null, not a division by zero, when a denominator is missing', () => {
    expect(byKey('fire_death_rate')).toMatchObject({ value: null, numerator: 0, denominator: null });
  });

  it('covers every indicator of the seed’s two tables', () => {
    expect(indicatorDefinitions).toHaveLength(20);
    expect(new Set(indicatorDefinitions.map((d) => d.key)).size).toBe(20);
  });

  it('uses a division’s own denominator before its children’s sum', () => {
    const rows = [
      den('640500', 2015, 'gdp', 300),
      den('640502', 2015, 'gdp', 100),
      den('640502100', 2015, 'gdp', 7),
    ];
    expect(resolveDenominator(rows, '640500', 2015, 'gdp')).toMatchObject({ value: 300, summed: false });
    expect(resolveDenominator(rows.slice(1), '640500', 2015, 'gdp')).toMatchObject({
      value: 100,
      summed: true,
    }); // counties only, not townships twice
    expect(resolveDenominator(rows, '640521', 2015, 'gdp')).toBeNull();
  });

  it('pools a period and also gives the mean of yearly values (the seed’s 平均数)', () => {
    const a = [agg(2011, 'road_traffic', 10, 10), agg(2012, 'road_traffic', 10, 30)];
    const d = [den('640500', 2011, 'motor_vehicles', 10_000), den('640500', 2012, 'motor_vehicles', 30_000)];
    const road = computePeriodIndicators(a, d, '640500', 2011, 2012).find((v) => v.key === 'road_death_rate');
    expect(road).toMatchObject({ value: 10, numerator: 40, denominator: 40_000, yearlyAverage: 10 });
    const accidents = computePeriodIndicators(a, d, '640500', 2011, 2012).find((v) => v.key === 'accidents');
    expect(accidents).toMatchObject({ value: 20, yearlyAverage: 10 });
  });
});

describe('降幅 and 年均降幅', () => {
  it('reproduces the seed’s falls', () => {
    expect(drops(0.437, 0.169, 5).dropPct).toBe(61.33); // the text's 61.3 %, not the table's 63.64
    expect(drops(5.212, 2.725, 5).dropPct).toBe(47.72);
    expect(drops(4.2, 1.92, 5).dropPct).toBe(54.29);
    expect(drops(74, 51, 5).dropPct).toBe(31.08);
    expect(drops(3, 4, 5).dropPct).toBe(-33.33); // 建筑: a rise
    expect(drops(0, 0, 5)).toEqual({ dropPct: null, annualCompoundPct: null, annualSimplePct: null });
  });

  it('computes both yearly forms and labels the seed’s stated ones', () => {
    expect(drops(0.437, 0.35, 5)).toMatchObject({ annualSimplePct: 3.98, annualCompoundPct: 4.34 });
    expect(annualDropFormOf(4, 0.437, 0.3496, 5)).toBe('simple');
    expect(annualDropFormOf(2.1, 5.212, 4.6908, 5)).toBe('compound');
    expect(annualDropFormOf(2.16, 74, 66, 5)).toBe('simple');
    expect(annualDropFormOf(2.76, 58, 50, 5)).toBe('simple');
    expect(annualDropFormOf(2.15, 4.2, 3.78, 5)).toBeNull(); // neither 2.09 nor 2.00
  });

  it('compound annual fall leads back to the value', () => {
    const r = drops(100, 59.049, 5).annualCompoundPct ?? 0;
    expect(r).toBe(10);
  });
});

describe('targets: on-track / at-risk rule and decomposition', () => {
  it('expects a constant compound fall from baseline to target', () => {
    expect(expectedValue(100, 50, 2015, 2020, 2015)).toBe(100);
    expect(expectedValue(100, 50, 2015, 2020, 2020)).toBeCloseTo(50, 9);
    expect(expectedValue(100, 64, 2015, 2017, 2016)).toBeCloseTo(80, 9);
    expect(expectedValue(10, 0, 2015, 2020, 2016)).toBeCloseTo(8, 9); // target 0: equal steps
    expect(expectedValue(0, 0.058, 2015, 2020, 2017)).toBe(0.058); // a cap
  });

  it('marks years on track or at risk, and the end year achieved or missed', () => {
    const p = targetProgress({
      baseline: 100,
      target: 64,
      baseYear: 2015,
      endYear: 2017,
      values: [
        { year: 2016, value: 81 },
        { year: 2017, value: 64 },
      ],
    });
    expect(p.map((x) => x.status)).toEqual(['at_risk', 'achieved']);
    const q = targetProgress({
      baseline: 100,
      target: 64,
      baseYear: 2015,
      endYear: 2017,
      values: [
        { year: 2016, value: 80 },
        { year: 2017, value: 65 },
      ],
    });
    expect(q.map((x) => x.status)).toEqual(['on_track', 'missed']);
  });

  it('shares a count in proportion to baselines and applies a rate’s fall to each child', () => {
    const count = decomposeTarget(indicatorDefinition('deaths') as never, { baseline: 62, target: 56 }, [
      { divisionCode: '640502', baseline: 30 },
      { divisionCode: '640521', baseline: 20 },
      { divisionCode: '640522', baseline: 12 },
    ]);
    expect(count.map((c) => c.target)).toEqual([27, 18, 11]);
    expect(count.reduce((s, c) => s + c.target, 0)).toBe(56);
    const r = decomposeTarget(
      indicatorDefinition('gdp_death_rate') as never,
      { baseline: 0.2, target: 0.15 },
      [{ divisionCode: '640502', baseline: 0.4 }],
    );
    expect(r[0]?.target).toBe(0.3);
  });
});
