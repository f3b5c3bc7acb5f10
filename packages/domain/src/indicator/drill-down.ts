import type { IndicatorDefinition } from './definitions.ts';

/** The accident list's query (GET /api/accidents) that lists exactly the records an indicator counts. */
export interface AccidentDrillDown {
  category?: string;
  largerOnly?: 'true';
  withDeaths?: 'true';
}

/**
 * Numbers that match their drill-down (issue 11): a count of accidents opens those accidents; a number of
 * deaths (or a death rate) opens the accidents with deaths, whose 死亡 column sums to the numerator.
 * Every definition's numerator has at most one category (categories are disjoint), so one filter suffices.
 */
export function accidentDrillDown(def: Pick<IndicatorDefinition, 'numerator'>): AccidentDrillDown {
  const n = def.numerator;
  if (n.categories && n.categories.length > 1)
    throw new Error('a numerator over several categories has no single-category drill-down');
  return {
    ...(n.categories?.[0] ? { category: n.categories[0] } : {}),
    ...(n.largerOnly ? { largerOnly: 'true' as const } : {}),
    ...(n.measure === 'deaths' ? { withDeaths: 'true' as const } : {}),
  };
}
