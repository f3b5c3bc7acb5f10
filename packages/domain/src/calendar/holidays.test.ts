import { describe, expect, it } from 'vitest';
import holidays from '../../../../reference/standards/holidays-cn.json' with { type: 'json' };
import { datesInRange, dayOfWeek, isIsoDate } from './dates.ts';
import { buildCalendar, isKnownDate, isWorkingDay, parseHolidayJson } from './holidays.ts';

const schedules = parseHolidayJson(holidays);
const cal = buildCalendar(schedules);

describe('2026 schedule (国务院办公厅关于2026年部分节假日安排的通知)', () => {
  // Each row read off the notice: the day, its weekday (0 = Sunday) and whether it is worked.
  it.each([
    ['2026-01-01', 4, false, '元旦'],
    ['2026-01-03', 6, false, '元旦 (Saturday)'],
    ['2026-01-04', 0, true, 'Sunday worked for 元旦'],
    ['2026-01-05', 1, true, 'ordinary Monday'],
    ['2026-02-14', 6, true, 'Saturday worked before 春节'],
    ['2026-02-15', 0, false, '春节 first day'],
    ['2026-02-16', 1, false, '春节 on a Monday'],
    ['2026-02-23', 1, false, '春节 last day'],
    ['2026-02-24', 2, true, 'first working day after 春节'],
    ['2026-02-28', 6, true, 'Saturday worked after 春节'],
    ['2026-03-07', 6, false, 'ordinary Saturday'],
    ['2026-04-06', 1, false, '清明 Monday'],
    ['2026-05-05', 2, false, '劳动节 Tuesday'],
    ['2026-05-09', 6, true, 'Saturday worked after 劳动节'],
    ['2026-06-19', 5, false, '端午 Friday'],
    ['2026-09-20', 0, true, 'Sunday worked before 中秋'],
    ['2026-09-25', 5, false, '中秋 Friday'],
    ['2026-10-01', 4, false, '国庆'],
    ['2026-10-07', 3, false, '国庆 last day'],
    ['2026-10-08', 4, true, 'first working day after 国庆'],
    ['2026-10-10', 6, true, 'Saturday worked after 国庆'],
    ['2026-10-11', 0, false, 'ordinary Sunday'],
  ] as const)('%s (%s) working=%s — %s', (date, weekday, working, _note) => {
    expect(dayOfWeek(date)).toBe(weekday);
    expect(isWorkingDay(cal, date)).toBe(working);
    expect(isKnownDate(cal, date)).toBe(true);
  });

  it('has the 248 working days the notice implies (261 weekdays − 19 weekdays off + 6 weekend days worked)', () => {
    const working = datesInRange('2026-01-01', '2026-12-31').filter((d) => isWorkingDay(cal, d));
    expect(working).toHaveLength(248);
    expect(schedules[0]?.workingDays).toBe(248);
  });

  it('expands the ranges: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off', () => {
    expect(schedules[0]?.offDays).toHaveLength(33);
    expect(schedules[0]?.weekendWorkdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('knows no other year: 2027 falls back to weekends', () => {
    expect(isKnownDate(cal, '2027-01-01')).toBe(false);
    expect(isWorkingDay(cal, '2027-01-01')).toBe(true); // a Friday, 元旦 unknown until the notice
    expect(isWorkingDay(cal, '2027-01-02')).toBe(false);
  });
});

describe('parseHolidayJson refuses a schedule with mistakes', () => {
  const year = (y: Record<string, unknown>) => ({
    years: { '2026': { source: 't', offDays: [], weekendWorkdays: [], ...y } },
  });

  it.each([
    ['a weekday listed as a weekend day worked', { weekendWorkdays: ['2026-10-09'] }, '不是周六或周日'],
    ['a day both off and worked', { offDays: ['2026-10-10'], weekendWorkdays: ['2026-10-10'] }, '同时列为'],
    [
      'a wrong working-day count',
      { offDays: ['2026-10-01/2026-10-07'], workingDays: 248 },
      '计算 2026 年工作日为 256 天',
    ],
    ['a worked day in another year', { weekendWorkdays: ['2027-01-02'] }, '不在 2026 年'],
  ])('%s', (_, y, message) => {
    expect(() => parseHolidayJson(year(y))).toThrow(message);
  });

  it.each([['2026-02-30'], ['2026-10-07/2026-10-01'], ['2026-10-01/2026-10-02/2026-10-03']])(
    'an impossible date or range: %s',
    (entry) => {
      expect(() => parseHolidayJson(year({ offDays: [entry] }))).toThrow();
    },
  );

  it('accepts a 元旦 that starts in the year before (as the 2023 notice did)', () => {
    const s = parseHolidayJson({
      years: { '2023': { source: 't', offDays: ['2022-12-31/2023-01-02'], weekendWorkdays: [] } },
    });
    const c = buildCalendar(s);
    expect(isKnownDate(c, '2022-12-31')).toBe(true);
    expect(isKnownDate(c, '2022-12-30')).toBe(false);
    expect(isWorkingDay(c, '2023-01-02')).toBe(false);
  });

  it('checks real dates', () => {
    expect(['2024-02-29', '2026-02-28'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '20260101'].some(isIsoDate)).toBe(false);
  });
});
