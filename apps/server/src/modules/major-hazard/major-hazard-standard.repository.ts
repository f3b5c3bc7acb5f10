import { sql } from 'kysely';
import type { StandardEntry, StandardEntryValue } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

// GB 18218 Tables 1–6 are reference data of the whole installation (no data scope: every signed-in
// regulator reads the same tables; only the system administrator's reference.write edits them).

/** Adds the entries the database lacks, as shipped; an existing row (edited or not) is left alone. */
export async function insertMissingEntries(db: Db, standard: string, entries: StandardEntry[]) {
  if (entries.length === 0) return;
  await db
    .insertInto('major_hazard_standard_entry')
    .values(
      entries.map((e) => ({
        standard,
        table_no: e.tableNo,
        entry_key: e.key,
        sort: e.sort,
        value: JSON.stringify(e.value),
        shipped: JSON.stringify(e.value),
      })),
    )
    .onConflict((oc) => oc.columns(['standard', 'table_no', 'entry_key']).doNothing())
    .execute();
}

export function entriesOf(db: Db, standard: string, tableNo?: number) {
  let q = db
    .selectFrom('major_hazard_standard_entry as e')
    .leftJoin('app_user as u', 'u.id', 'e.edited_by')
    .select([
      'e.table_no',
      'e.entry_key',
      'e.sort',
      'e.value',
      'e.shipped',
      'e.revision',
      'e.edited_at',
      'u.display_name as edited_by_name',
    ])
    .where('e.standard', '=', standard);
  if (tableNo !== undefined) q = q.where('e.table_no', '=', tableNo);
  return q.orderBy('e.table_no').orderBy('e.sort').execute();
}

/** One edit at a time per standard, so that each takes the next revision. */
export async function lockStandard(trx: Db, standard: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`major_hazard_standard:${standard}`}))`.execute(trx);
}

export function updateEntry(
  trx: Db,
  standard: string,
  tableNo: number,
  key: string,
  v: { value: StandardEntryValue; revision: number; userId: string },
) {
  return trx
    .updateTable('major_hazard_standard_entry')
    .set({
      value: JSON.stringify(v.value),
      revision: v.revision,
      edited_by: v.userId,
      edited_at: new Date(),
    })
    .where('standard', '=', standard)
    .where('table_no', '=', tableNo)
    .where('entry_key', '=', key)
    .execute();
}
