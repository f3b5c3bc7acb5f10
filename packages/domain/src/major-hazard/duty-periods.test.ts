import { describe, expect, it } from 'vitest';
import { dutyPeriodOf, dutyPeriods } from './duty-periods.ts';

const c = (cycleNum: number, cycleUnit: 'day' | 'week' | 'month' | 'year') => ({ cycleNum, cycleUnit });

describe('包保 duty periods', () => {
  it.each([
    // weeks start on Monday (2026-11-30 is a Monday)
    [c(1, 'week'), '2026-11-30', '2026-11-30', '2026-12-07'],
    [c(1, 'week'), '2026-12-06', '2026-11-30', '2026-12-07'], // a Sunday
    [c(1, 'week'), '2026-12-31', '2026-12-28', '2027-01-04'], // across the year end
    [c(2, 'week'), '1970-01-18', '1970-01-05', '1970-01-19'],
    // months end on the last day (the period ends the 1st of the next)
    [c(1, 'month'), '2026-01-31', '2026-01-01', '2026-02-01'],
    [c(1, 'month'), '2024-02-29', '2024-02-01', '2024-03-01'],
    [c(1, 'month'), '2026-12-15', '2026-12-01', '2027-01-01'],
    // quarters from January; halves
    [c(3, 'month'), '2026-01-01', '2026-01-01', '2026-04-01'],
    [c(3, 'month'), '2026-06-30', '2026-04-01', '2026-07-01'],
    [c(3, 'month'), '2026-12-04', '2026-10-01', '2027-01-01'],
    [c(6, 'month'), '2026-07-01', '2026-07-01', '2027-01-01'],
    // years; every 2 years on even years
    [c(1, 'year'), '2026-12-31', '2026-01-01', '2027-01-01'],
    [c(2, 'year'), '2027-05-05', '2026-01-01', '2028-01-01'],
    // days, and every n days from 1970-01-05
    [c(1, 'day'), '2026-12-04', '2026-12-04', '2026-12-05'],
    [c(3, 'day'), '1970-01-07', '1970-01-05', '1970-01-08'],
    [c(3, 'day'), '1970-01-04', '1970-01-02', '1970-01-05'], // before the anchor
  ])('%o holding %s → [%s, %s)', (cycle, on, start, end) => {
    expect(dutyPeriodOf(cycle, on)).toEqual({ start, end });
  });

  it('lists the periods overlapping [from, to], contiguous', () => {
    expect(dutyPeriods(c(3, 'month'), '2026-02-10', '2026-07-01')).toEqual([
      { start: '2026-01-01', end: '2026-04-01' },
      { start: '2026-04-01', end: '2026-07-01' },
      { start: '2026-07-01', end: '2026-10-01' },
    ]);
    const weeks = dutyPeriods(c(1, 'week'), '2026-12-01', '2026-12-14');
    expect(weeks.map((p) => p.start)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    expect(dutyPeriods(c(1, 'month'), '2026-03-01', '2026-02-01')).toEqual([]);
  });
});
