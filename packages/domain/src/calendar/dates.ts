/**
 * Calendar dates as `YYYY-MM-DD` strings. A legal period is counted in whole days of the China calendar
 * (民法典 第二百条: 公历年、月、日), so no time of day and no time zone enters the arithmetic: each date is
 * read as midnight UTC only to step through days, and never compared with a clock reading.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (2026-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const m = pattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const toMs = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The date `days` calendar days after (negative: before) `date`. */
export const addCalendarDays = (date: IsoDate, days: number): IsoDate =>
  fromMs(toMs(date) + days * MS_PER_DAY);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((toMs(to) - toMs(from)) / MS_PER_DAY);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: IsoDate): number => new Date(toMs(date)).getUTCDay();

/** Saturday or Sunday, the rest days of 国务院关于职工工作时间的规定 unless a schedule moves them. */
export const isWeekend = (date: IsoDate): boolean => {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
};

/** The calendar year of a date. */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** Days in a month (1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * 民法典 第二百零二条: a period of months or years ends on the corresponding day of the last month, or on
 * that month's last day when it has no corresponding day (2026-01-31 + 1 month → 2026-02-28).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const y = yearOf(date);
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date from `from` to `to`, both included (an inclusive range as the holiday schedule writes it). */
export function datesInRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}
