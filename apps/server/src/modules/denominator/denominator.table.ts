import type { Generated } from 'kysely';
import type { Numeric } from '../accident/accident.table.ts';

export interface StatDenominatorTable {
  division_code: string;
  year: number;
  kind: string;
  value: Numeric;
  source: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
