import type { Generated } from 'kysely';

/** One year of the State Council's holiday schedule (migration 20261203T1050). */
export interface HolidayYearTable {
  year: number;
  source: string;
  off_days: string[];
  weekend_workdays: string[];
  working_days: number | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    holiday_year: HolidayYearTable;
  }
}
