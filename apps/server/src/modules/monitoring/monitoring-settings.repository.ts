/** The module's setting (monitoring.policy) and what the demo data needs. */
import type { Db } from '../../db/database.ts';

// ---- settings -------------------------------------------------------------------------------------

const POLICY_KEY = 'monitoring.policy';

export async function readPolicy(db: Db): Promise<unknown> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', POLICY_KEY).executeTakeFirst();
  return row?.value;
}

export async function writePolicy(trx: Db, value: unknown) {
  await trx
    .insertInto('setting')
    .values({ key: POLICY_KEY, value: JSON.stringify(value) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: new Date() }),
    )
    .execute();
}

/** Seeds the defaults once; an edited policy is never overwritten. */
export async function seedPolicy(db: Db, value: unknown) {
  await db
    .insertInto('setting')
    .values({ key: POLICY_KEY, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

// ---- demo -----------------------------------------------------------------------------------------

export const anyPoint = async (db: Db) =>
  (await db.selectFrom('monitoring_point').select('id').limit(1).executeTakeFirst()) !== undefined;

/** The major hazard units of the demo (monitoring is required of major hazard sources). */
export const majorUnitsForDemo = (db: Db) =>
  db
    .selectFrom('major_hazard_unit')
    .select(['id', 'enterprise_id', 'division_code', 'sector', 'kind', 'chemicals'])
    .where('is_major', '=', true)
    .orderBy('id')
    .execute();
