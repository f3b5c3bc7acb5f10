/**
 * The one seeded PRNG of demo data, the bench generator and test factories, so that each of them makes
 * the same rows from the same seed on every machine.
 */
export interface Random {
  /** The next number in [0, 1). */
  (): number;
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(xs: readonly T[]): T;
  /** One of `xs`, each as likely as its weight. */
  weighted<T>(xs: readonly T[], weight: (x: T) => number): T;
  /** A UUID drawn from the sequence (32 draws), so generated ids repeat with the seed. */
  uuid(): string;
}

/** mulberry32: small, fast and good enough for data that only has to look varied. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return Object.assign(() => next(), {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    weighted: <T>(xs: readonly T[], weight: (x: T) => number): T => {
      let left = next() * xs.reduce((s, x) => s + weight(x), 0);
      for (const x of xs) if ((left -= weight(x)) < 0) return x;
      return xs[xs.length - 1] as T;
    },
    uuid,
  });
}
