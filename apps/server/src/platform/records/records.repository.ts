import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RecordStepTable } from './records.table.ts';

/** Orders concurrent appends to one chain and returns its last step (none for a new chain). */
export const lockChainHead = async (trx: Db, chain: string) => {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`record:${chain}`}))`.execute(trx);
  return trx
    .selectFrom('record_step')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
};

export const insertStep = (trx: Db, row: Insertable<RecordStepTable>) =>
  trx.insertInto('record_step').values(row).execute();

export const chainSteps = (db: Db, chain: string) =>
  db.selectFrom('record_step').selectAll().where('chain', '=', chain).orderBy('seq').execute();
export type StepRow = Awaited<ReturnType<typeof chainSteps>>[number];
