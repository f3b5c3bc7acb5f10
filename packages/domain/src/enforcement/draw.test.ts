import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import {
  type DrawRequest,
  drawInspections,
  drawK,
  stateFromSeed,
  uniformBelow,
  xoshiro128ss,
} from './draw.ts';

const targets = Array.from({ length: 12 }, (_, i) => `91640500MA${String(i + 1).padStart(8, '0')}`);
const inspectors = ['zw-li', 'zw-wang', 'zw-zhang', 'zw-zhao', 'zw-ma', 'zw-liu'];
const vector: DrawRequest = {
  seed: '0123456789abcdeffedcba9876543210',
  targets,
  inspectors,
  targetCount: 4,
  conflicts: [{ inspectorId: 'zw-ma', targetId: '91640500MA00000003' }],
  previousPairs: [{ inspectorId: 'zw-li', targetId: '91640500MA00000006' }],
};

describe('xoshiro128**', () => {
  it('matches the published vector (edorfaus/xoshiro-6502, generated with the reference C code)', () => {
    const next = xoshiro128ss([0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0]);
    expect([next(), next(), next(), next()]).toEqual([0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70]);
  });
  it('reads the seed as four big-endian words, and refuses a malformed or all-zero seed', () => {
    expect(stateFromSeed('0123456789abcdeffedcba9876543210')).toEqual([
      0x01234567, 0x89abcdef, 0xfedcba98, 0x76543210,
    ]);
    expect(() => stateFromSeed('0123456789ABCDEFFEDCBA9876543210')).toThrow(AppError);
    expect(() => stateFromSeed('0123')).toThrow(AppError);
    expect(() => xoshiro128ss(stateFromSeed('0'.repeat(32)))).toThrow(RangeError);
  });
});

describe('unbiased integers and the partial Fisher–Yates shuffle', () => {
  it('draws again at or above the largest multiple of n', () => {
    const outputs = [0xffffffff, 5];
    expect(uniformBelow(() => outputs.shift()!, 3)).toBe(2);
    expect(outputs).toEqual([]);
  });
  it('swaps position i with i + below(len − i)', () => {
    // below(4) = 2 → [c, b, a, d]; below(3) = 0 → b stays.
    const outputs = [2, 0];
    expect(drawK(() => outputs.shift()!, ['a', 'b', 'c', 'd'], 2)).toEqual(['c', 'b']);
  });
});

describe('drawInspections (anjian-draw-v1)', () => {
  it('reproduces the test vector published in draw.md', () => {
    expect(drawInspections(vector)).toEqual({
      algorithm: 'anjian-draw-v1',
      seed: vector.seed,
      assignments: [
        { targetId: '91640500MA00000009', inspectorIds: ['zw-li', 'zw-zhang'] },
        { targetId: '91640500MA00000003', inspectorIds: ['zw-li', 'zw-zhang'] },
        { targetId: '91640500MA00000011', inspectorIds: ['zw-li', 'zw-zhao'] },
        { targetId: '91640500MA00000001', inspectorIds: ['zw-zhang', 'zw-ma'] },
      ],
    });
  });

  it('same seed and lists → same result, whatever order the lists come in', () => {
    const shuffled = {
      ...vector,
      targets: [...targets].reverse(),
      inspectors: [...inspectors].sort().reverse(),
    };
    expect(drawInspections(shuffled)).toEqual(drawInspections(vector));
  });

  it('another seed gives another draw', () => {
    expect(drawInspections({ ...vector, seed: 'fedcba98765432100123456789abcdef' })).not.toEqual(
      drawInspections(vector),
    );
  });

  it('never draws an excluded pair, never repeats a target or an inspector within a target', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{32}$/).filter((s) => !/^0+$/.test(s)),
        fc.array(fc.tuple(fc.nat(5), fc.nat(11)), { maxLength: 20 }),
        (seed, links) => {
          const conflicts = links.map(([i, t]) => ({ inspectorId: inspectors[i]!, targetId: targets[t]! }));
          const req = { ...vector, seed, conflicts, previousPairs: [] };
          let result;
          try {
            result = drawInspections(req);
          } catch (e) {
            // Only a target left with fewer than two eligible inspectors may fail the draw.
            expect((e as AppError).code).toBe('ENFORCEMENT_DRAW_INSUFFICIENT');
            return;
          }
          const banned = new Set(conflicts.map((c) => `${c.inspectorId}|${c.targetId}`));
          const drawn = result.assignments.map((a) => a.targetId);
          expect(new Set(drawn).size).toBe(4);
          for (const a of result.assignments) {
            expect(new Set(a.inspectorIds).size).toBe(2);
            for (const i of a.inspectorIds) expect(banned.has(`${i}|${a.targetId}`)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses what cannot be drawn', () => {
    const code = (req: DrawRequest) => {
      try {
        drawInspections(req);
      } catch (e) {
        return (e as AppError).code;
      }
      return null;
    };
    expect(code({ ...vector, targetCount: 13 })).toBe('ENFORCEMENT_DRAW_INSUFFICIENT');
    const allButOne = inspectors.slice(1).map((i) => ({ inspectorId: i, targetId: '91640500MA00000009' }));
    expect(code({ ...vector, conflicts: allButOne })).toBe('ENFORCEMENT_DRAW_INSUFFICIENT');
  });

  it.each([
    [{ ...vector, targets: ['E 1'] }],
    [{ ...vector, targets: ['E1', 'E1'] }],
    [{ ...vector, inspectors: ['张三'] }],
    [{ ...vector, seed: 'xyz' }],
    [{ ...vector, extra: true }],
  ])('rejects malformed input %#', (req) => {
    expect(() => drawInspections(req as DrawRequest)).toThrow();
  });
});
