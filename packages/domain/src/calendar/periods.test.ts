import { describe, expect, it } from 'vitest';
import holidays from '../../../../reference/standards/holidays-cn.json' with { type: 'json' };
import { addMonthsClamped } from './dates.ts';
import { calcDeadline, deadlineRequest, deadlineResponse } from './deadline.schemas.ts';
import { buildCalendar, parseHolidayJson } from './holidays.ts';
import { type PeriodUnit, periodEnd, workingDaysBefore, workingDaysBetween } from './periods.ts';

const cal = buildCalendar(parseHolidayJson(holidays));

/**
 * Each case counted by hand on the 2026 notice. Start day not counted (民法典 第二百零一条); a calendar-day or
 * month period whose last day is off moves to the next working day (第二百零三条); working days skip days off.
 */
const cases: [string, string, number, PeriodUnit, string, boolean, string?][] = [
  // The example: 9/29, 9/30, (国庆 10/1–7 off), 10/8, 10/9, 10/10 (worked Saturday), 10/12 … 10/30.
  ['issue example across 国庆', '2026-09-28', 20, 'workingDays', '2026-10-30', false],
  ['start day not counted (working days)', '2026-03-02', 1, 'workingDays', '2026-03-03', false],
  ['start day not counted (calendar days)', '2026-03-02', 1, 'calendarDays', '2026-03-03', false],
  ['5 working days: Tue–Fri and the next Monday', '2026-03-02', 5, 'workingDays', '2026-03-09', false],
  [
    'start on a holiday: 听证 request after a notice on 10/3',
    '2026-10-03',
    5,
    'workingDays',
    '2026-10-13',
    false,
  ],
  ['the worked Saturday 2/14 counts, 春节 does not', '2026-02-13', 5, 'workingDays', '2026-02-27', false],
  ['7 working days from 9/30', '2026-09-30', 7, 'workingDays', '2026-10-15', false],
  [
    'calendar days ending in 国庆 roll to 10/8',
    '2026-09-21',
    10,
    'calendarDays',
    '2026-10-08',
    false,
    '2026-10-01',
  ],
  [
    'calendar days ending on the worked Saturday 10/10 stay',
    '2026-10-03',
    7,
    'calendarDays',
    '2026-10-10',
    false,
  ],
  [
    'calendar days ending on an ordinary Saturday roll to Monday',
    '2026-03-02',
    5,
    'calendarDays',
    '2026-03-09',
    false,
    '2026-03-07',
  ],
  [
    '90 days from 立案 on 7/3 end on 10/1 → 10/8',
    '2026-07-03',
    90,
    'calendarDays',
    '2026-10-08',
    false,
    '2026-10-01',
  ],
  [
    '15 days to pay ending on 清明 Monday 4/6 → 4/7',
    '2026-03-22',
    15,
    'calendarDays',
    '2026-04-07',
    false,
    '2026-04-06',
  ],
  ['a month from 3/31 ends on 4/30 (no 4/31, 第二百零二条)', '2026-03-31', 1, 'months', '2026-04-30', false],
  [
    'a month from 1/31 ends 2/28, the worked Saturday after 春节',
    '2026-01-31',
    1,
    'months',
    '2026-02-28',
    false,
  ],
  [
    'a month from 2/7 ends 3/7, an ordinary Saturday → 3/9',
    '2026-02-07',
    1,
    'months',
    '2026-03-09',
    false,
    '2026-03-07',
  ],
  ['working days into 2027: weekends only, provisional', '2026-12-24', 10, 'workingDays', '2027-01-07', true],
  [
    'calendar days into 2027 ending on a Sunday',
    '2026-12-01',
    40,
    'calendarDays',
    '2027-01-11',
    true,
    '2027-01-10',
  ],
  [
    'a year from 2024-02-29 ends 2025-02-28 (no schedule for 2025)',
    '2024-02-29',
    1,
    'years',
    '2025-02-28',
    true,
  ],
];

describe('periodEnd', () => {
  it.each(cases)('%s: %s + %i %s → %s', (_, start, count, unit, due, provisional, unadjusted) => {
    const end = periodEnd(cal, start, { count, unit });
    expect(end).toEqual({ due, provisional, ...(unadjusted ? { unadjusted } : {}) });
  });

  it('a rule may switch the roll-forward off', () => {
    expect(periodEnd(cal, '2026-09-21', { count: 10, unit: 'calendarDays', rollForward: false })).toEqual({
      due: '2026-10-01',
      provisional: false,
    });
  });

  it('refuses negative or fractional counts', () => {
    expect(() => periodEnd(cal, '2026-01-05', { count: -1, unit: 'calendarDays' })).toThrow(RangeError);
    expect(() => periodEnd(cal, '2026-01-05', { count: 1.5, unit: 'workingDays' })).toThrow(RangeError);
  });
});

describe('month arithmetic (民法典 第二百零二条)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-03-15', -3, '2025-12-15'],
  ] as const)('%s + %i months → %s', (start, months, due) => {
    expect(addMonthsClamped(start, months)).toBe(due);
  });
});

describe('warnings and remaining days', () => {
  it('3 working days before 10/8 skips 国庆: 9/28', () => {
    expect(workingDaysBefore(cal, '2026-10-08', 3)).toEqual({ due: '2026-09-28', provisional: false });
  });
  it('counts the working days of 国庆 week: none from 9/30 to 10/7, two to 10/9', () => {
    expect(workingDaysBetween(cal, '2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysBetween(cal, '2026-09-30', '2026-10-09')).toBe(2);
  });
});

describe('POST /api/calc/deadline schemas', () => {
  it('the issue example: {"start":"2026-09-28","count":20,"unit":"workingDays"} → {"due":"2026-10-30","provisional":false}', () => {
    const req = deadlineRequest.parse({ start: '2026-09-28', count: 20, unit: 'workingDays' });
    const res = calcDeadline(cal, req);
    expect(deadlineResponse.parse(res)).toEqual({ due: '2026-10-30', provisional: false });
  });

  it.each([
    [{ start: '2026-09-28', count: 20, unit: 'weeks' }],
    [{ start: '2026-02-30', count: 20, unit: 'workingDays' }],
    [{ start: '2026-09-28', count: 0, unit: 'workingDays' }],
    [{ start: '2026-09-28', count: 20, unit: 'workingDays', tz: 'UTC' }],
  ])('rejects %j', (body) => {
    expect(deadlineRequest.safeParse(body).success).toBe(false);
  });
});
