/**
 * Exact non-negative rationals over bigint, so that GB 18218-2018's boundaries (S = 1, R = 100/50/10) are
 * decided without binary floating-point error: 0.3 t of 光气 against Q = 0.3 must give exactly 1, and
 * α·β·q/Q with α = 1.2, β = 1.5 must not land a hair below 10. Only what the calculation needs: parsing
 * decimals exactly, +, ×, ÷, comparison and a display rounding.
 */
export interface Ratio {
  /** Numerator, ≥ 0. */
  readonly n: bigint;
  /** Denominator, > 0; gcd(n, d) = 1. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

const make = (n: bigint, d: bigint): Ratio => {
  if (d === 0n) throw new RangeError('division by zero');
  if (n < 0n || d < 0n) throw new RangeError('negative ratio');
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
};

/** A decimal written in plain or exponent notation: "25", "0.75", "1e-7", "2.5E+3". */
export const decimalPattern = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * The exact value of a decimal string, or of a JS number taken as the shortest decimal that round-trips
 * to it (0.1 → "0.1" → 1/10, not the binary 0.1000000000000000055…): what a person typed or a JSON file
 * holds, not the double the parser happened to produce.
 */
export function ratio(value: string | number | bigint): Ratio {
  if (typeof value === 'bigint') return make(value, 1n);
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const m = decimalPattern.exec(text);
  if (!m) throw new RangeError(`not a non-negative decimal: ${JSON.stringify(value)}`);
  const [, int = '', frac = '', exp = '0'] = m;
  const scale = Number(exp) - frac.length;
  const digits = BigInt(int + frac);
  return scale >= 0 ? make(digits * 10n ** BigInt(scale), 1n) : make(digits, 10n ** BigInt(-scale));
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

export const ZERO: Ratio = { n: 0n, d: 1n };
export const ONE: Ratio = { n: 1n, d: 1n };

export const add = (a: Ratio, b: Ratio): Ratio => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Ratio, b: Ratio): Ratio => make(a.n * b.n, a.d * b.d);
export const div = (a: Ratio, b: Ratio): Ratio => make(a.n * b.d, a.d * b.n);
export const sum = (xs: readonly Ratio[]): Ratio => xs.reduce(add, ZERO);

/** −1, 0 or 1 as a <, =, > b. */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** "7/2", or "3" for an integer: the exact value for records and audits. */
export const ratioText = (r: Ratio): string => (r.d === 1n ? `${r.n}` : `${r.n}/${r.d}`);

/**
 * A number for display, cut (not rounded) to `digits` decimals: cutting never lifts a value onto a
 * threshold it does not reach, so 0.99996 shows as 0.9999 beside "not major", never as 1.0000.
 */
export function toDisplay(r: Ratio, digits = 4): number {
  const scale = 10n ** BigInt(digits);
  return Number((r.n * scale) / r.d) / Number(scale);
}
