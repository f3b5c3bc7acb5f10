import { z } from 'zod';
import { AppError } from '../shared/errors.ts';

/**
 * 双随机一公开: a reproducible draw of inspection targets and inspectors. Algorithm `anjian-draw-v1`, specified
 * in draw.md so anyone holding the published seed and the two lists can re-run it in any language:
 * ids sorted by code unit, xoshiro128** seeded with the 128-bit seed, unbiased integers by rejection, a partial
 * Fisher–Yates shuffle for the targets and then, per target in draw order, for its inspectors — after removing
 * declared conflicts of interest and the pairs of the previous draw. 行政处罚法 第四十二条 asks for at least two
 * 执法人员, hence the default of two inspectors per target.
 */
export const DRAW_ALGORITHM = 'anjian-draw-v1';

/** xoshiro128** (Blackman & Vigna, 2018): four 32-bit words of state, one 32-bit output per call. */
export function xoshiro128ss(state: readonly [number, number, number, number]): () => number {
  let [s0, s1, s2, s3] = state.map((w) => w >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** 的状态不能全为零');
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
}

/** The seed as 32 hex digits; state word i is digits 8i … 8i+7 read as a big-endian number. */
export function stateFromSeed(seed: string): [number, number, number, number] {
  if (!/^[0-9a-f]{32}$/.test(seed)) throw new AppError('VALIDATION_FAILED', '种子应为 32 位小写十六进制数');
  return [0, 1, 2, 3].map((i) => Number.parseInt(seed.slice(8 * i, 8 * i + 8), 16)) as [
    number,
    number,
    number,
    number,
  ];
}

/** An integer in [0, n) without modulo bias: outputs at or above the largest multiple of n are drawn again. */
export function uniformBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError('n 应为 1 到 2^32 的整数');
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

/** The first k of a partial Fisher–Yates shuffle of `items` (position i swaps with i + uniform(len − i)). */
export function drawK<T>(next: () => number, items: readonly T[], k: number): T[] {
  const a = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + uniformBelow(next, a.length - i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

/** Code-unit order (for the printable-ASCII ids below, the same as byte order in every language). */
export const canonicalOrder = (ids: readonly string[]): string[] =>
  [...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

const id = z.string().regex(/^[\x21-\x7e]{1,128}$/, '编号应为不含空格的可打印 ASCII 字符');
const pair = z.object({ inspectorId: id, targetId: id }).strict();
const unique = (list: string[]) => new Set(list).size === list.length;

export const drawRequest = z
  .object({
    seed: z.string().regex(/^[0-9a-f]{32}$/, '种子应为 32 位小写十六进制数'),
    targets: z.array(id).min(1).max(100_000).refine(unique, '检查对象编号重复'),
    inspectors: z.array(id).min(1).max(10_000).refine(unique, '执法人员编号重复'),
    targetCount: z.number().int().min(1),
    inspectorsPerTarget: z.number().int().min(1).max(10).default(2),
    /** Declared links between an inspector and an enterprise (回避). */
    conflicts: z.array(pair).default([]),
    /** The pairs of the previous draw: the same pair is not drawn twice running. */
    previousPairs: z.array(pair).default([]),
  })
  .strict();
export type DrawRequest = z.input<typeof drawRequest>;

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  seed: string;
  /** In draw order. */
  assignments: { targetId: string; inspectorIds: string[] }[];
}

/** Draws targets and their inspectors reproducibly from the seed (双随机一公开; 行政处罚法 第四十二条). */
export function drawInspections(input: DrawRequest): DrawResult {
  const req = drawRequest.parse(input);
  const targets = canonicalOrder(req.targets);
  const inspectors = canonicalOrder(req.inspectors);
  if (req.targetCount > targets.length) {
    throw new AppError('ENFORCEMENT_DRAW_INSUFFICIENT', undefined, {
      targets: targets.length,
      wanted: req.targetCount,
    });
  }
  const next = xoshiro128ss(stateFromSeed(req.seed));
  const excluded = new Set(
    [...req.conflicts, ...req.previousPairs].map((p) => `${p.inspectorId}\u0000${p.targetId}`),
  );
  const assignments = drawK(next, targets, req.targetCount).map((targetId) => {
    const eligible = inspectors.filter((i) => !excluded.has(`${i}\u0000${targetId}`));
    if (eligible.length < req.inspectorsPerTarget) {
      throw new AppError('ENFORCEMENT_DRAW_INSUFFICIENT', undefined, {
        targetId,
        eligible: eligible.length,
        wanted: req.inspectorsPerTarget,
      });
    }
    return { targetId, inspectorIds: drawK(next, eligible, req.inspectorsPerTarget) };
  });
  return { algorithm: DRAW_ALGORITHM, seed: req.seed, assignments };
}
