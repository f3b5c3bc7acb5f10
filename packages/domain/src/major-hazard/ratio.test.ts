import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, mul, ratio, ratioText, sum, toDisplay } from './ratio.ts';

describe('exact ratios', () => {
  it.each([
    ['25', '25'],
    ['0.75', '3/4'],
    ['0.3', '3/10'],
    ['5000', '5000'],
    ['1e-7', '1/10000000'],
    ['2.5E+3', '2500'],
    ['007.50', '15/2'],
    [0.1, '1/10'],
    [1.2, '6/5'],
    [1e21, '1000000000000000000000'],
  ] as const)('%s is exactly %s', (value, text) => {
    expect(ratioText(ratio(value))).toBe(text);
  });

  it.each(['-1', '1.', '.5', 'abc', '1,5', ''])('rejects %j', (value) => {
    expect(() => ratio(value)).toThrow(RangeError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -2])('rejects the number %s', (value) => {
    expect(() => ratio(value)).toThrow(RangeError);
  });

  it('adds where binary floating point does not: 0.7 + 0.2 + 0.1 = 1', () => {
    expect(0.7 + 0.2 + 0.1).toBeLessThan(1);
    expect(compare(sum([ratio(0.7), ratio(0.2), ratio(0.1)]), ratio(1))).toBe(0);
  });

  it('multiplies and divides exactly: 1.2 × 20 × 3.125 / 0.75 = 100', () => {
    expect((1.2 * ((20 * 3.125) / 0.75)) as number).not.toBe(100);
    expect(ratioText(mul(ratio('1.2'), div(mul(ratio(20), ratio('3.125')), ratio('0.75'))))).toBe('100');
  });

  it('cuts display values down, so a display never reaches a threshold the exact value misses', () => {
    expect(toDisplay(ratio('0.99996'))).toBe(0.9999);
    expect(toDisplay(ratio('1.00004'))).toBe(1);
    expect(toDisplay(div(ratio(1), ratio(3)))).toBe(0.3333);
    expect(toDisplay(div(ratio(2), ratio(3)), 2)).toBe(0.66);
  });

  it('numbers read as the decimals they print as keep their order', () => {
    const double = fc.double({ min: 0, max: 1e12, noNaN: true });
    fc.assert(fc.property(double, double, (x, y) => compare(ratio(x), ratio(y)) === Math.sign(x - y)));
  });

  it('compares like the integers it holds', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), (a, b) => compare(ratio(a), ratio(b)) === Math.sign(a - b)));
  });

  it('keeps fractions reduced', () => {
    expect(add(ratio('0.25'), ratio('0.25'))).toEqual({ n: 1n, d: 2n });
  });
});
