import { type IsoDate, addCalendarDays, addMonthsClamped } from './dates.ts';
import { type WorkingCalendar, isKnownDate, isWorkingDay } from './holidays.ts';

/**
 * Periods counted as the law counts them:
 * - 民法典 第二百零一条: the day the period starts is not counted; counting begins the next day.
 * - 民法典 第二百零二条: months and years end on the corresponding day of the last month, or its last day.
 * - 民法典 第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日" — a period
 *   whose last day is a day off ends on the day after the days off, i.e. the next working day. Weekends
 *   count as 法定休假日 here and a weekend day worked in exchange (调休) does not.
 * - 行政处罚法 第八十五条, 行政许可法 第八十二条: periods in working days skip every day off, so they
 *   always end on a working day.
 * A result is provisional when any day whose status decided it lies in a year without a schedule: that
 * day was taken as a working day unless it is a weekend.
 */
export const periodUnits = ['workingDays', 'calendarDays', 'months', 'years'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

export const periodUnitNames: Record<PeriodUnit, string> = {
  workingDays: '工作日',
  calendarDays: '日',
  months: '个月',
  years: '年',
};

export interface PeriodSpec {
  count: number;
  unit: PeriodUnit;
  /** 民法典 第二百零三条 applies unless a rule says otherwise; working-day periods never need it. */
  rollForward?: boolean;
}

export interface PeriodEnd {
  due: IsoDate;
  provisional: boolean;
  /** The last day before 第二百零三条 moved it past days off; absent when it did not move. */
  unadjusted?: IsoDate;
}

/** Tracks whether any consulted day was outside the known schedule. */
function probe(cal: WorkingCalendar) {
  let provisional = false;
  return {
    working(date: IsoDate): boolean {
      if (!isKnownDate(cal, date)) provisional = true;
      return isWorkingDay(cal, date);
    },
    get provisional() {
      return provisional;
    },
  };
}

/** The last day of a period that starts on `start` (民法典 第二百零一至二百零三条, 行政处罚法 第八十五条). */
export function periodEnd(cal: WorkingCalendar, start: IsoDate, period: PeriodSpec): PeriodEnd {
  if (!Number.isInteger(period.count) || period.count < 0) throw new RangeError('期间应为非负整数');
  const p = probe(cal);
  if (period.unit === 'workingDays') {
    let d = start;
    for (let n = 0; n < period.count;) {
      d = addCalendarDays(d, 1);
      if (p.working(d)) n++;
    }
    return { due: d, provisional: p.provisional };
  }
  const last =
    period.unit === 'calendarDays'
      ? addCalendarDays(start, period.count)
      : addMonthsClamped(start, period.unit === 'months' ? period.count : period.count * 12);
  if (period.rollForward === false) return { due: last, provisional: false };
  let due = last;
  while (!p.working(due)) due = addCalendarDays(due, 1);
  return due === last
    ? { due, provisional: p.provisional }
    : { due, provisional: p.provisional, unadjusted: last };
}

/** The working day `count` working days before `date` (for warnings ahead of a due date). */
export function workingDaysBefore(cal: WorkingCalendar, date: IsoDate, count: number): PeriodEnd {
  const p = probe(cal);
  let d = date;
  for (let n = 0; n < count;) {
    d = addCalendarDays(d, -1);
    if (p.working(d)) n++;
  }
  return { due: d, provisional: p.provisional };
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(cal: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(cal, d)) n++;
  return n;
}
