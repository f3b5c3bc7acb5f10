import type { Db } from '../../db/database.ts';
import type { NewRows } from '../../db/schema.ts';

/** Saves denominators: a (division, year, kind) already entered is replaced, with who and when. */
export const upsertDenominators = (trx: Db, rows: NewRows<'stat_denominator'>) =>
  trx
    .insertInto('stat_denominator')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['division_code', 'year', 'kind']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        source: eb.ref('excluded.source'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
