import { describe, expect, it } from 'vitest';
import {
  type AcceptedHazard,
  type CheckRecordRow,
  batchClosures,
  checksOutsideCycle,
  duplicatePhotos,
  expectedSelfFound,
  sameRectifierAcceptor,
  sizeClassOf,
  tooFewHazards,
} from './flags.ts';

const ent = { enterpriseId: 'e1', enterpriseName: '甲化工' };

describe('self-reporting flags', () => {
  it.each([
    [null, '微型'],
    [0, '微型'],
    [19, '微型'],
    [20, '小型'],
    [299, '小型'],
    [300, '中型'],
    [999, '中型'],
    [1000, '大型'],
  ] as const)('size class of %s employees is %s', (n, cls) => expect(sizeClassOf(n)).toBe(cls));

  it.each([
    [{ employees: 10, sector: 'commerce' }, 365, 4],
    [{ employees: 10, sector: 'hazardous_chemicals' }, 365, 8],
    [{ employees: 50, sector: 'commerce', highRiskProcesses: ['氯化工艺'] }, 365, 24],
    [{ employees: 500, sector: 'machinery' }, 365, 24],
    [{ employees: 2000, sector: 'coal_mine' }, 365, 96],
    [{ employees: 2000, sector: 'machinery' }, 73, 9.6],
  ])('expected self-found for %o over %i days is %f', (e, days, n) =>
    expect(expectedSelfFound(e, days)).toBeCloseTo(n, 6),
  );

  it.each([
    // employees, sector, status, found, days, flagged
    [500, 'machinery', 'normal', 4, 365, true], // expected 24, 20 % = 4.8
    [500, 'machinery', 'normal', 5, 365, false],
    [500, 'machinery', 'suspended', 0, 365, false], // not in business
    [10, 'commerce', 'normal', 0, 365, true], // expected 4
    [10, 'commerce', 'normal', 1, 365, false],
    [10, 'commerce', 'normal', 0, 30, false], // expected 0.33 < 1: the rule does not speak
    [2000, 'coal_mine', 'normal', 19, 365, true], // expected 96, 20 % = 19.2
  ] as const)(
    '隐患过少: %i employees, %s, %s, %i found in %i days → %s',
    (employees, sector, status, found, days, flagged) => {
      const flags = tooFewHazards([{ ...ent, employees, sector, status, selfFound: found }], days);
      expect(flags.length).toBe(flagged ? 1 : 0);
      if (flagged) expect(flags[0]!.explanation).toContain('隐患过少');
    },
  );

  const acc = (id: string, rect: string | null, by: string | null, at: string, e = ent): AcceptedHazard => ({
    hazardId: id,
    ...e,
    rectifiedBy: rect,
    acceptedBy: by,
    acceptedAt: new Date(at),
  });

  it('flags acceptance by the rectifier, grouped per enterprise', () => {
    const flags = sameRectifierAcceptor([
      acc('h1', 'u1', 'u1', '2026-01-01T00:00:00Z'),
      acc('h2', 'u1', 'u2', '2026-01-01T00:00:00Z'),
      acc('h3', null, null, '2026-01-01T00:00:00Z'),
      acc('h4', 'u3', 'u3', '2026-01-01T00:00:00Z'),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.hazardIds).toEqual(['h1', 'h4']);
    expect(flags[0]!.explanation).toContain('整改人即验收人');
  });

  it.each([
    [4, 0],
    [5, 1],
    [7, 1],
  ])('%i hazards accepted in one minute → %i batch flags', (n, expected) => {
    const rows = Array.from({ length: n }, (_, i) => acc(`h${i}`, 'u', 'r', `2026-03-01T02:03:${10 + i}Z`));
    rows.push(acc('other', 'u', 'r', '2026-03-01T02:04:00Z'));
    const flags = batchClosures(rows);
    expect(flags).toHaveLength(expected);
    if (expected) {
      expect(flags[0]!.hazardIds).toHaveLength(n);
      expect(flags[0]!.explanation).toContain('2026-03-01 10:03');
    }
  });

  it('does not merge the same minute across enterprises', () => {
    const other = { enterpriseId: 'e2', enterpriseName: '乙' };
    const rows = [0, 1, 2].map((i) => acc(`a${i}`, 'u', 'r', '2026-03-01T02:03:00Z'));
    rows.push(...[0, 1].map((i) => acc(`b${i}`, 'u', 'r', '2026-03-01T02:03:00Z', other)));
    expect(batchClosures(rows)).toEqual([]);
  });

  it('flags the same photo on different hazards, not on one hazard twice', () => {
    const other = { enterpriseId: 'e2', enterpriseName: '乙' };
    const sha = 'a'.repeat(64);
    expect(
      duplicatePhotos([
        { ...ent, hazardId: 'h1', sha256: sha },
        { ...ent, hazardId: 'h1', sha256: sha },
      ]),
    ).toEqual([]);
    const flags = duplicatePhotos([
      { ...ent, hazardId: 'h1', sha256: sha },
      { ...ent, hazardId: 'h2', sha256: sha },
      { ...other, hazardId: 'h3', sha256: sha },
      { ...ent, hazardId: 'h4', sha256: 'b'.repeat(64) },
    ]);
    expect(flags.map((f) => [f.enterpriseId, f.hazardIds])).toEqual([
      ['e1', ['h1', 'h2']],
      ['e2', ['h3']],
    ]);
    expect(flags[1]!.explanation).toContain('其他企业');
  });

  const rec = (
    checkedAt: string,
    createdAt = checkedAt,
    extra: Partial<CheckRecordRow> = {},
  ): CheckRecordRow => ({
    taskId: 't1',
    taskContent: '检查储罐液位计',
    ...ent,
    cycleNum: 1,
    cycleUnit: 'day',
    startsAt: new Date('2026-01-01T00:00:00Z'),
    checkedAt: new Date(checkedAt),
    createdAt: new Date(createdAt),
    ...extra,
  });
  const year = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

  it.each([
    [
      'on time every day',
      [rec('2026-01-01T01:00:00Z'), rec('2026-01-02T01:00:00Z'), rec('2026-01-03T00:30:00Z')],
      false,
    ],
    ['a day late is tolerated', [rec('2026-01-01T01:00:00Z'), rec('2026-01-02T23:00:00Z')], false],
    ['more than one cycle past due', [rec('2026-01-01T01:00:00Z'), rec('2026-01-03T02:00:00Z')], true],
    ['first check long after the start', [rec('2026-01-05T00:00:00Z')], true],
    ['back-filled a week later', [rec('2026-01-01T01:00:00Z', '2026-01-08T00:00:00Z')], true],
    [
      'a monthly task checked after five weeks',
      [
        rec('2026-01-01T00:00:00Z', undefined, { cycleUnit: 'month' }),
        rec('2026-02-05T00:00:00Z', undefined, { cycleUnit: 'month' }),
      ],
      false,
    ],
    [
      'late but before the period',
      [rec('2025-12-20T00:00:00Z', undefined, { startsAt: new Date('2025-12-01T00:00:00Z') })],
      false,
    ],
  ] as const)('%s → flagged %s', (_, rows, flagged) => {
    const flags = checksOutsideCycle(rows, year);
    expect(flags.length).toBe(flagged ? 1 : 0);
    if (flagged) expect(flags[0]!.explanation).toContain('超出周期窗口');
  });
});
