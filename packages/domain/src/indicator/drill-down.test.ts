import { describe, expect, it } from 'vitest';
import { indicatorDefinition, indicatorDefinitions } from './definitions.ts';
import { accidentDrillDown } from './drill-down.ts';

describe('accidentDrillDown', () => {
  it.each([
    ['accidents', {}],
    ['deaths', { withDeaths: 'true' }],
    ['larger_accidents', { largerOnly: 'true' }],
    ['larger_accident_deaths', { largerOnly: 'true', withDeaths: 'true' }],
    ['gdp_death_rate', { withDeaths: 'true' }],
    ['road_death_rate', { category: 'road_traffic', withDeaths: 'true' }],
    ['coal_deaths', { category: 'coal_mine', withDeaths: 'true' }],
  ])('%s → %o', (key, expected) => {
    const def = indicatorDefinition(key);
    expect(def).toBeDefined();
    expect(accidentDrillDown(def!)).toEqual(expected);
  });

  it('has a drill-down for every indicator', () => {
    for (const def of indicatorDefinitions) expect(() => accidentDrillDown(def)).not.toThrow();
  });
});
