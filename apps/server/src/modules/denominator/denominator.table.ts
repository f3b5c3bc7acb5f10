import type { Generated } from 'kysely';
import type { Numeric } from '../../db/column-types.ts';

export interface StatDenominatorTable {
  division_code: string;
  year: number;
  kind: string;
  value: Numeric;
  source: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

// The tables this file owns, merged into the one Database type (db/ imports no module).
declare module '../../db/schema.ts' {
  interface Database {
    stat_denominator: StatDenominatorTable;
  }
}
