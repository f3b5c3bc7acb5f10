import { type DenominatorKind, type DenominatorRow, resolveDenominator } from './denominators.ts';
import { type IndicatorDefinition, indicatorDefinitions } from './definitions.ts';

/** Accident counts and deaths of one year, category and grade class — what the database aggregates. */
export interface AccidentAggregate {
  year: number;
  category: string;
  /** 较大 or above. */
  larger: boolean;
  accidents: number;
  deaths: number;
}

export interface IndicatorValue {
  key: string;
  name: string;
  kind: 'rate' | 'count';
  unit: string;
  decimals: number;
  /** null when the denominator is missing or zero. */
  value: number | null;
  numerator: number;
  /** The denominator as entered (e.g. 亿元, 辆), before the scale; null for counts or when missing. */
  denominator: number | null;
  denominatorKind: DenominatorKind | null;
  denominatorLabel: string | null;
  formula: string;
}

export interface PeriodIndicatorValue extends IndicatorValue {
  /** Arithmetic mean of the yearly values (the seed's "十二五平均数"); null if any year has no value. */
  yearlyAverage: number | null;
  yearly: { year: number; value: number | null; numerator: number; denominator: number | null }[];
}

/** Rounds away binary noise; figures are shown with each indicator's own `decimals`. */
export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Rounds half away from zero to `d` decimals, as statistical tables do. */
export function roundTo(v: number, d: number): number {
  const f = 10 ** d;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9)) / f;
}

/** What an indicator's numerator counts in a set of aggregates. */
export function numeratorOf(def: IndicatorDefinition, aggregates: readonly AccidentAggregate[]): number {
  const n = def.numerator;
  return aggregates
    .filter(
      (a) =>
        (!n.categories || (n.categories as readonly string[]).includes(a.category)) &&
        (!n.largerOnly || a.larger),
    )
    .reduce((s, a) => s + (n.measure === 'accidents' ? a.accidents : a.deaths), 0);
}

/** value = numerator ÷ denominator × scale (PRODUCT.md §4); counts are the numerator itself. */
export function indicatorValue(
  def: IndicatorDefinition,
  numerator: number,
  denominator: number | null,
): number | null {
  if (!def.denominator) return numerator;
  if (denominator === null || denominator <= 0) return null;
  return round6((numerator / denominator) * def.denominator.scale);
}

function one(def: IndicatorDefinition, numerator: number, denominator: number | null): IndicatorValue {
  return {
    key: def.key,
    name: def.name,
    kind: def.kind,
    unit: def.unit,
    decimals: def.decimals,
    value: indicatorValue(def, numerator, denominator),
    numerator,
    denominator: def.denominator ? denominator : null,
    denominatorKind: def.denominator?.kind ?? null,
    denominatorLabel: def.denominator?.label ?? null,
    formula: def.formula,
  };
}

/** Every indicator for one division and year, from its accident aggregates and its subtree's denominators. */
export function computeIndicators(
  aggregates: readonly AccidentAggregate[],
  denominators: readonly DenominatorRow[],
  division: string,
  year: number,
  defs: readonly IndicatorDefinition[] = indicatorDefinitions,
): IndicatorValue[] {
  const ofYear = aggregates.filter((a) => a.year === year);
  return defs.map((def) => {
    const den = def.denominator
      ? (resolveDenominator(denominators, division, year, def.denominator.kind)?.value ?? null)
      : null;
    return one(def, numeratorOf(def, ofYear), den);
  });
}

/**
 * Every indicator over a period of years: the pooled value (Σ numerators ÷ Σ denominators × scale; a
 * count is the period's total) and the arithmetic mean of the yearly values, which is how the seed plan
 * states its "十二五平均数" baselines.
 */
export function computePeriodIndicators(
  aggregates: readonly AccidentAggregate[],
  denominators: readonly DenominatorRow[],
  division: string,
  from: number,
  to: number,
  defs: readonly IndicatorDefinition[] = indicatorDefinitions,
): PeriodIndicatorValue[] {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const perYear = years.map((y) => ({
    year: y,
    values: computeIndicators(aggregates, denominators, division, y, defs),
  }));
  return defs.map((def, i) => {
    const yearly = perYear.map((p) => {
      const v = p.values[i] as IndicatorValue;
      return { year: p.year, value: v.value, numerator: v.numerator, denominator: v.denominator };
    });
    const numerator = yearly.reduce((s, y) => s + y.numerator, 0);
    const allDen = yearly.every((y) => y.denominator !== null);
    const denominator =
      def.denominator && allDen ? round6(yearly.reduce((s, y) => s + (y.denominator ?? 0), 0)) : null;
    const values = yearly.map((y) => y.value);
    const yearlyAverage = values.every((v) => v !== null)
      ? round6((values as number[]).reduce((s, v) => s + v, 0) / values.length)
      : null;
    return { ...one(def, numerator, denominator), yearlyAverage, yearly };
  });
}
