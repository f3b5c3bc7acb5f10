import { describe, expect, it } from 'vitest';
import { countyOf, divisionLevelOf, isWithinDivision, subtreePrefix } from './division.ts';

describe('GB/T 2260 division codes', () => {
  it.each([
    ['640000', 'province', '64'],
    ['640500', 'city', '6405'],
    ['640502', 'county', '640502'],
    ['640521', 'county', '640521'],
    ['640502100', 'township', '640502100'],
    ['640502100201', 'village', '640502100201'],
  ] as const)('%s is a %s with subtree prefix %s', (code, level, prefix) => {
    expect(divisionLevelOf(code)).toBe(level);
    expect(subtreePrefix(code)).toBe(prefix);
  });

  it.each(['64050', '6405001', 'abcdef', '', '6405021001'])('rejects malformed %j', (code) => {
    expect(divisionLevelOf(code)).toBeNull();
  });

  it.each([
    ['640502100201', '640500', true],
    ['640502100201', '640502', true],
    ['640521100201', '640502', false],
    ['640502', '640502', true],
    ['640500', '640502', false], // a county does not contain its city
    ['640100', '640500', false], // Yinchuan is not in Zhongwei
    ['640502', '640000', true],
  ] as const)('%s within %s → %s', (code, root, inside) => {
    expect(isWithinDivision(code, root)).toBe(inside);
  });

  it('finds the county of a village', () => {
    expect(countyOf('640522100201')).toBe('640522');
    expect(countyOf('640522')).toBe('640522');
  });
});
