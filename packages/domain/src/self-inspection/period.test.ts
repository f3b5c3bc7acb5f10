import { describe, expect, it } from 'vitest';
import {
  type InspectionFrequency,
  completionRate,
  periodOf,
  periodsBetween,
  periodsDue,
  taskState,
} from './period.ts';

describe('periodOf: calendar periods in China time, ISO weeks', () => {
  // Worked out by hand from the calendar: 2026-01-01 is a Thursday, so ISO week 1 of 2026 starts 2025-12-29.
  const cases: [InspectionFrequency, string, string, string, string][] = [
    ['daily', '2026-11-28', '2026-11-28', '2026-11-28', '2026-11-28'],
    ['weekly', '2026-11-28', '2026-W48', '2026-11-23', '2026-11-29'], // a Saturday
    ['weekly', '2026-11-23', '2026-W48', '2026-11-23', '2026-11-29'], // the Monday itself
    ['weekly', '2026-11-29', '2026-W48', '2026-11-23', '2026-11-29'], // the Sunday itself
    ['weekly', '2021-01-01', '2020-W53', '2020-12-28', '2021-01-03'], // 2020 has 53 ISO weeks
    ['weekly', '2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'], // week 1 starts in December
    ['weekly', '2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['monthly', '2024-02-10', '2024-02', '2024-02-01', '2024-02-29'], // leap year
    ['monthly', '2026-02-10', '2026-02', '2026-02-01', '2026-02-28'],
    ['monthly', '2026-12-31', '2026-12', '2026-12-01', '2026-12-31'],
    ['quarterly', '2026-11-28', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['quarterly', '2026-05-31', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarterly', '2026-01-01', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['yearly', '2026-07-01', '2026', '2026-01-01', '2026-12-31'],
  ];
  it.each(cases)('%s of %s is %s (%s … %s)', (f, date, key, start, end) => {
    expect(periodOf(f, date)).toEqual({ key, start, end });
  });
});

describe('periodsBetween and periodsDue', () => {
  it('lists every period touching the range, oldest first', () => {
    expect(periodsBetween('monthly', '2026-01-15', '2026-03-02').map((p) => p.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(periodsBetween('daily', '2026-02-27', '2026-03-01').map((p) => p.key)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(periodsBetween('yearly', '2027-01-01', '2026-01-01')).toEqual([]);
  });
  it('keeps the newest periods when over the limit', () => {
    const p = periodsBetween('daily', '2020-01-01', '2026-11-28', 3);
    expect(p.map((x) => x.key)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
  });
  const weekly = { frequency: 'weekly' as const, startsOn: '2026-11-01', endsOn: null };
  it.each([
    [
      'a new plan owes every period since its start',
      weekly,
      null,
      ['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48'],
    ],
    ['after its last task only the newer periods', weekly, '2026-11-22', ['2026-W48']],
    ['nothing when the current period exists', weekly, '2026-11-29', []],
    [
      'a plan that ended stops at its end',
      { ...weekly, endsOn: '2026-11-10' },
      null,
      ['2026-W44', '2026-W45', '2026-W46'],
    ],
    ['a plan that starts later owes nothing yet', { ...weekly, startsOn: '2026-12-07' }, null, []],
  ] as const)('%s', (_name, plan, last, keys) => {
    expect(periodsDue(plan, '2026-11-28', last).map((p) => p.key)).toEqual(keys);
  });
});

describe('task state and completion rate', () => {
  const today = '2026-11-28';
  it.each([
    [{ periodEnd: '2026-11-30', doneOn: null }, 'pending'],
    [{ periodEnd: '2026-11-28', doneOn: null }, 'pending'], // the last day still counts
    [{ periodEnd: '2026-11-27', doneOn: null }, 'missed'],
    [{ periodEnd: '2026-11-27', doneOn: '2026-11-27' }, 'done_on_time'],
    [{ periodEnd: '2026-11-27', doneOn: '2026-11-28' }, 'done_late'],
    [{ periodEnd: '2026-11-30', doneOn: '2026-11-28' }, 'done_on_time'],
  ] as const)('%o is %s', (t, state) => {
    expect(taskState(t, today)).toBe(state);
  });
  it('counts on-time tasks over the tasks due; an open current task is not yet due', () => {
    const r = completionRate(
      [
        { periodEnd: '2026-10-31', doneOn: '2026-10-30' }, // on time
        { periodEnd: '2026-09-30', doneOn: '2026-10-02' }, // late
        { periodEnd: '2026-08-31', doneOn: null }, // missed
        { periodEnd: '2026-11-30', doneOn: null }, // pending, not due
        { periodEnd: '2026-11-30', doneOn: '2026-11-20' }, // done early in the current period
      ],
      today,
    );
    expect(r).toEqual({ due: 4, onTime: 2, rate: 0.5 });
    expect(completionRate([{ periodEnd: '2026-11-30', doneOn: null }], today)).toEqual({
      due: 0,
      onTime: 0,
      rate: null,
    });
  });
});
