import { describe, expect, it } from 'vitest';
import { labelsWithin, mayRead } from './sensitivity.ts';

describe('sensitivity labels and clearance (AC-07)', () => {
  it.each([
    ['public', ['public']],
    ['internal', ['public', 'internal']],
    ['sensitive', ['public', 'internal', 'sensitive']],
  ] as const)('clearance %s reads %j', (clearance, labels) => {
    expect(labelsWithin(clearance)).toEqual(labels);
  });

  it.each([
    ['internal', 'sensitive', false],
    ['internal', 'internal', true],
    ['public', 'internal', false],
    ['sensitive', 'public', true],
  ] as const)('clearance %s, label %s → %s', (clearance, label, ok) => {
    expect(mayRead(clearance, label)).toBe(ok);
  });
});
