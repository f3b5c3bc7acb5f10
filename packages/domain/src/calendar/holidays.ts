import { z } from 'zod';
import { type IsoDate, datesInRange, isIsoDate, isWeekend, yearOf } from './dates.ts';

/**
 * The State Council's yearly holiday schedule (国务院办公厅关于 X 年部分节假日安排的通知): the days off and the
 * weekend days worked in exchange (调休). The server keeps one row per year, editable by an administrator
 * when the next year's notice is published; it seeds them from reference/standards/holidays-cn.json through
 * `parseHolidayJson`. A year with no schedule is unknown: periods that need it are provisional.
 */
export interface HolidaySchedule {
  year: number;
  source: string;
  /** Every day off, expanded from the notice's ranges, sorted. May reach into the neighbouring year (元旦). */
  offDays: IsoDate[];
  /** Saturdays and Sundays that are working days. */
  weekendWorkdays: IsoDate[];
  /** The notice's own count of working days in the year, when given: a check on the data. */
  workingDays?: number;
}

export interface WorkingCalendar {
  /** Years whose schedule is known. */
  years: ReadonlySet<number>;
  off: ReadonlySet<IsoDate>;
  worked: ReadonlySet<IsoDate>;
}

const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD');
/** `2026-10-01/2026-10-07` (inclusive) or a single date. */
const dayOrRange = z.string().refine((s) => {
  const [from, to, extra] = s.split('/');
  return extra === undefined && isIsoDate(from ?? '') && (to === undefined || (isIsoDate(to) && from! <= to));
}, '应为日期或“起/止”日期区间');

export const holidayYearSchema = z
  .object({
    source: z.string().min(1),
    offDays: z.array(dayOrRange),
    weekendWorkdays: z.array(isoDate),
    workingDays: z.number().int().min(0).max(366).optional(),
  })
  .loose();

export const holidayJsonSchema = z
  .object({ years: z.record(z.string().regex(/^\d{4}$/), holidayYearSchema) })
  .loose();

const expand = (entry: string): IsoDate[] => {
  const [from, to] = entry.split('/') as [IsoDate, IsoDate | undefined];
  return datesInRange(from, to ?? from);
};

/** Checks one year for the mistakes a hand-entered schedule makes; returns the problems in Chinese. */
export function scheduleProblems(s: HolidaySchedule): string[] {
  const problems: string[] = [];
  const off = new Set(s.offDays);
  for (const d of s.weekendWorkdays) {
    if (!isWeekend(d)) problems.push(`${d} 不是周六或周日，不能作为调休上班日`);
    if (off.has(d)) problems.push(`${d} 同时列为放假日和上班日`);
    if (yearOf(d) !== s.year) problems.push(`${d} 不在 ${s.year} 年`);
  }
  for (const d of s.offDays) {
    if (Math.abs(yearOf(d) - s.year) > 1) problems.push(`${d} 不在 ${s.year} 年前后`);
  }
  if (s.workingDays !== undefined) {
    const count = countWorkingDaysOfYear(s);
    if (count !== s.workingDays)
      problems.push(`按安排计算 ${s.year} 年工作日为 ${count} 天，数据写的是 ${s.workingDays} 天`);
  }
  return problems;
}

function countWorkingDaysOfYear(s: HolidaySchedule): number {
  const cal = buildCalendar([s]);
  return datesInRange(`${s.year}-01-01`, `${s.year}-12-31`).filter((d) => isWorkingDay(cal, d)).length;
}

/** One year of the notice (ranges of days off, weekend days worked) as a schedule: each day listed once, sorted. */
export function scheduleOf(year: number, y: z.infer<typeof holidayYearSchema>): HolidaySchedule {
  return {
    year,
    source: y.source.trim(),
    offDays: [...new Set(y.offDays.flatMap(expand))].sort(),
    weekendWorkdays: [...new Set(y.weekendWorkdays)].sort(),
    ...(y.workingDays === undefined ? {} : { workingDays: y.workingDays }),
  };
}

/** Turns holidays-cn.json (or the same shape from the database) into checked yearly schedules. */
export function parseHolidayJson(json: unknown): HolidaySchedule[] {
  const src = holidayJsonSchema.parse(json);
  const schedules = Object.entries(src.years).map(([year, y]) => scheduleOf(Number(year), y));
  const problems = schedules.flatMap(scheduleProblems);
  if (problems.length) throw new Error(`节假日安排数据有误：${problems.join('；')}`);
  return schedules.sort((a, b) => a.year - b.year);
}

/** The lookup structure the period functions take. */
export function buildCalendar(schedules: readonly HolidaySchedule[]): WorkingCalendar {
  return {
    years: new Set(schedules.map((s) => s.year)),
    off: new Set(schedules.flatMap((s) => s.offDays)),
    worked: new Set(schedules.flatMap((s) => s.weekendWorkdays)),
  };
}

/** Whether the schedule decides this date (its year is known, or a known notice names it). */
export const isKnownDate = (cal: WorkingCalendar, date: IsoDate): boolean =>
  cal.years.has(yearOf(date)) || cal.off.has(date) || cal.worked.has(date);

/**
 * A working day (工作日): not a day off in the schedule, and either a weekday or a weekend day worked in
 * exchange. In a year without a schedule only weekends are days off.
 */
export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): boolean {
  if (cal.off.has(date)) return false;
  if (cal.worked.has(date)) return true;
  return !isWeekend(date);
}
