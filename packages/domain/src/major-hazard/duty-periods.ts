import type { DutyCycleUnit } from './registration.ts';

/** One period of a 包保 duty: [start, end) as ISO dates (China calendar); `end` is the task's due date. */
export interface DutyPeriod {
  start: string;
  end: string;
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
/** 1970-01-05 was a Monday: weeks (and runs of n weeks) count from it. */
const MONDAY0 = 4;

/**
 * The period of a cycle that holds `on`, aligned to the calendar: weeks start on Monday, months on the 1st,
 * every n months on the months whose index (year·12 + month) is a multiple of n (3 → quarters from January,
 * 6 → halves), every n years on the years divisible by n; n days or n weeks count from 1970-01-05 (a Monday).
 */
export function dutyPeriodOf(cycle: { cycleNum: number; cycleUnit: DutyCycleUnit }, on: string): DutyPeriod {
  const n = Math.max(1, Math.trunc(cycle.cycleNum));
  const d = toDay(on);
  if (cycle.cycleUnit === 'day' || cycle.cycleUnit === 'week') {
    const len = cycle.cycleUnit === 'day' ? n : 7 * n;
    const start = d - ((((d - MONDAY0) % len) + len) % len);
    return { start: fromDay(start), end: fromDay(start + len) };
  }
  const months = cycle.cycleUnit === 'month' ? n : 12 * n;
  const index = Number(on.slice(0, 4)) * 12 + Number(on.slice(5, 7)) - 1;
  const first = index - (index % months);
  const iso = (m: number) =>
    `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
  return { start: iso(first), end: iso(first + months) };
}

/** The periods of a cycle that overlap [from, to] (ISO dates, both inclusive), in order. */
export function dutyPeriods(
  cycle: { cycleNum: number; cycleUnit: DutyCycleUnit },
  from: string,
  to: string,
): DutyPeriod[] {
  const out: DutyPeriod[] = [];
  let p = dutyPeriodOf(cycle, from);
  for (let guard = 0; p.start <= to && guard < 10_000; guard++) {
    out.push(p);
    p = dutyPeriodOf(cycle, p.end);
  }
  return out;
}
