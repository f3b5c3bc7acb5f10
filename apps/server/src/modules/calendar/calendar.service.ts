import {
  AppError,
  type DeadlineRequest,
  type HolidaySchedule,
  type HolidayYearDto,
  type HolidayYearInput,
  type WorkingCalendar,
  buildCalendar,
  calcDeadline,
  parseHolidayJson,
  scheduleOf,
  scheduleProblems,
} from '@anjian/domain';
import holidaysJson from '../../../../../reference/standards/holidays-cn.json' with { type: 'json' };
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './calendar.repository.ts';

/** The schedules shipped with this version (reference/standards/holidays-cn.json). */
export const shippedSchedules: readonly HolidaySchedule[] = parseHolidayJson(holidaysJson);

const scheduleOfRow = (r: repo.HolidayYearRow): HolidaySchedule => ({
  year: r.year,
  source: r.source,
  offDays: r.off_days,
  weekendWorkdays: r.weekend_workdays,
  ...(r.working_days === null ? {} : { workingDays: r.working_days }),
});

// Read on every deadline, changed a few times a year: kept per database and dropped when a year is saved.
// A short lifetime bounds how long another instance of a multi-process installation serves the old one.
const CACHE_MS = 60_000;
const cache = new WeakMap<Db, { at: number; calendar: Promise<WorkingCalendar> }>();

/** The working-day calendar in force: every year of the schedule the database holds. */
export function workingCalendar(db: Db): Promise<WorkingCalendar> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar;
  const calendar = repo.listYears(db).then((rows) => buildCalendar(rows.map(scheduleOfRow)));
  calendar.catch(() => cache.delete(db));
  cache.set(db, { at: Date.now(), calendar });
  return calendar;
}

export async function deadline(ctx: AppContext, req: DeadlineRequest) {
  return calcDeadline(await workingCalendar(ctx.db), req);
}

const present = (r: repo.HolidayYearRow): HolidayYearDto => ({
  year: r.year,
  source: r.source,
  offDays: r.off_days,
  weekendWorkdays: r.weekend_workdays,
  workingDays: r.working_days,
  updatedAt: r.updated_at.toISOString(),
  updatedBy: r.updated_by_name ?? null,
});

export async function listHolidayYears(ctx: AppContext): Promise<HolidayYearDto[]> {
  return (await repo.listYears(ctx.db)).map(present);
}

/** Saves a year's schedule as the notice publishes it; a schedule with a mistake is refused, naming it. */
export async function saveHolidayYear(
  ctx: AppContext,
  rc: RequestContext,
  year: number,
  input: HolidayYearInput,
): Promise<HolidayYearDto> {
  const actor = requireActor(rc);
  const schedule = scheduleOf(year, input);
  const problems = scheduleProblems(schedule);
  if (problems.length) throw AppError.invalid(problems.map((message) => ({ field: 'schedule', message })));
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.lockYear(trx, year);
    await repo.saveYear(trx, schedule, actor.userId);
    await ctx.audit(trx, rc, {
      eventType: 'reference',
      action: before ? 'calendar.holidays.update' : 'calendar.holidays.create',
      objectType: 'holiday_year',
      objectId: String(year),
      diff: {
        before: before
          ? { source: before.source, offDays: before.off_days, weekendWorkdays: before.weekend_workdays }
          : null,
        after: {
          source: schedule.source,
          offDays: schedule.offDays,
          weekendWorkdays: schedule.weekendWorkdays,
        },
      },
    });
  });
  cache.delete(ctx.db);
  const saved = (await repo.listYears(ctx.db)).find((r) => r.year === year);
  if (!saved) throw new AppError('INTERNAL');
  return present(saved);
}

/** Every installation (demo or not) gets the shipped years it lacks; edited years stay as edited. */
export async function seedShippedYears(ctx: AppContext): Promise<void> {
  const added = await repo.insertMissingYears(ctx.db, shippedSchedules);
  if (added.length) cache.delete(ctx.db);
}
