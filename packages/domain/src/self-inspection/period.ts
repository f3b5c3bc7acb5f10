import { addDays } from '../hazard/lifecycle.ts';

/**
 * Self-inspection plans (企业自查计划, issue 4 item 3): a plan with a frequency has one task per period.
 * Periods are calendar periods in China time, given as YYYY-MM-DD dates (inclusive at both ends); weeks
 * are ISO weeks (Monday to Sunday). A period's key names it and makes task generation idempotent.
 */
export const inspectionFrequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type InspectionFrequency = (typeof inspectionFrequencies)[number];

export const frequencyNames: Record<InspectionFrequency, string> = {
  daily: '每日',
  weekly: '每周',
  monthly: '每月',
  quarterly: '每季度',
  yearly: '每年',
};

export interface Period {
  key: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO week-numbering year and week of a date (the week belongs to the year of its Thursday). */
function isoWeek(date: string): { year: number; week: number; monday: string } {
  const t = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(date, -weekday);
  const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1;
  return { year, week, monday };
}

/** The period of `frequency` that contains `date`. */
export function periodOf(frequency: InspectionFrequency, date: string): Period {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  switch (frequency) {
    case 'daily':
      return { key: date, start: date, end: date };
    case 'weekly': {
      const w = isoWeek(date);
      return { key: `${w.year}-W${pad(w.week)}`, start: w.monday, end: addDays(w.monday, 6) };
    }
    case 'monthly':
      return { key: `${y}-${pad(m)}`, start: ymd(y, m, 1), end: ymd(y, m, lastDayOf(y, m)) };
    case 'quarterly': {
      const q = Math.ceil(m / 3);
      const last = q * 3;
      return { key: `${y}-Q${q}`, start: ymd(y, last - 2, 1), end: ymd(y, last, lastDayOf(y, last)) };
    }
    case 'yearly':
      return { key: String(y), start: ymd(y, 1, 1), end: ymd(y, 12, 31) };
  }
}

/**
 * Every period of `frequency` from the one containing `from` to the one containing `to`, oldest first,
 * at most `limit` of them (the newest are kept: a server that was down catches up on recent periods).
 */
export function periodsBetween(
  frequency: InspectionFrequency,
  from: string,
  to: string,
  limit = 400,
): Period[] {
  if (from > to) return [];
  const out: Period[] = [];
  for (let p = periodOf(frequency, to); p.end >= from; p = periodOf(frequency, addDays(p.start, -1))) {
    out.push(p);
    if (out.length === limit) break;
  }
  return out.reverse();
}

/** The periods a plan owes tasks for up to `today`: from its start (or the day after its last task) to today or its end. */
export function periodsDue(
  plan: { frequency: InspectionFrequency; startsOn: string; endsOn: string | null },
  today: string,
  lastPeriodEnd: string | null,
): Period[] {
  const from = lastPeriodEnd && lastPeriodEnd >= plan.startsOn ? addDays(lastPeriodEnd, 1) : plan.startsOn;
  const to = plan.endsOn && plan.endsOn < today ? plan.endsOn : today;
  return periodsBetween(plan.frequency, from, to);
}

export type TaskState = 'pending' | 'done_on_time' | 'done_late' | 'missed';

/**
 * A task's state on `today`: done within its period is on time; done after it, late; not done and the
 * period over, missed; otherwise still pending. The state is derived, never stored.
 */
export function taskState(t: { periodEnd: string; doneOn: string | null }, today: string): TaskState {
  if (t.doneOn) return t.doneOn <= t.periodEnd ? 'done_on_time' : 'done_late';
  return t.periodEnd < today ? 'missed' : 'pending';
}

/**
 * 自查任务完成率 = tasks done within their period ÷ tasks due, where a task is due once its period is
 * over or it has been done (a current period's open task is not yet owed). Null when nothing is due.
 */
export function completionRate(tasks: { periodEnd: string; doneOn: string | null }[], today: string) {
  let due = 0;
  let onTime = 0;
  for (const t of tasks) {
    const s = taskState(t, today);
    if (s === 'pending') continue;
    due += 1;
    if (s === 'done_on_time') onTime += 1;
  }
  return { due, onTime, rate: due > 0 ? Math.round((onTime / due) * 10_000) / 10_000 : null };
}
