import type { HolidaySchedule } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

const columns = (s: HolidaySchedule) => ({
  source: s.source,
  off_days: s.offDays,
  weekend_workdays: s.weekendWorkdays,
  working_days: s.workingDays ?? null,
});

export const listYears = (db: Db) =>
  db
    .selectFrom('holiday_year as h')
    .leftJoin('app_user as u', 'u.id', 'h.updated_by')
    .select([
      'h.year',
      'h.source',
      'h.off_days',
      'h.weekend_workdays',
      'h.working_days',
      'h.updated_at',
      'u.display_name as updated_by_name',
    ])
    .orderBy('h.year')
    .execute();
export type HolidayYearRow = Awaited<ReturnType<typeof listYears>>[number];

/** The year's row locked for the change, or undefined when the year is new. */
export const lockYear = (trx: Db, year: number) =>
  trx.selectFrom('holiday_year').selectAll().where('year', '=', year).forUpdate().executeTakeFirst();

export const saveYear = (trx: Db, s: HolidaySchedule, userId: string) =>
  trx
    .insertInto('holiday_year')
    .values({ year: s.year, ...columns(s), updated_by: userId })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ ...columns(s), updated_by: userId, updated_at: new Date() }),
    )
    .execute();

/** Adds the years of the shipped reference data that the database does not have; never overwrites an edit. */
export const insertMissingYears = (db: Db, schedules: readonly HolidaySchedule[]) =>
  schedules.length === 0
    ? Promise.resolve([])
    : db
        .insertInto('holiday_year')
        .values(schedules.map((s) => ({ year: s.year, ...columns(s), updated_by: null })))
        .onConflict((oc) => oc.column('year').doNothing())
        .returning('year')
        .execute();
