import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { LegalRuleTable } from './rules.table.ts';

const columns = [
  'r.id',
  'r.key',
  'r.value',
  sql<string>`r.effective_from::text`.as('effective_from'),
  sql<string | null>`r.effective_to::text`.as('effective_to'),
  'r.citation',
  'r.verified',
  'r.note',
  'r.source',
  'r.created_at',
  'r.superseded_by',
  'u.display_name as changed_by_name',
] as const;

const base = (db: Db) =>
  db.selectFrom('legal_rule as r').leftJoin('app_user as u', 'u.id', 'r.changed_by').select(columns);

/** Every version (superseded ones too) of one key or of all, by key and day. */
export const listVersions = (db: Db, key?: string) => {
  let q = base(db);
  if (key) q = q.where('r.key', '=', key);
  return q.orderBy('r.key').orderBy('r.effective_from').orderBy('r.created_at').execute();
};
export type RuleRow = Awaited<ReturnType<typeof listVersions>>[number];

/** The current (not superseded) versions of the given keys. */
export const currentVersions = (db: Db, keys: readonly string[]) =>
  keys.length === 0
    ? Promise.resolve([] as RuleRow[])
    : base(db)
        .where('r.key', 'in', keys)
        .where('r.superseded_at', 'is', null)
        .orderBy('r.key')
        .orderBy('r.effective_from')
        .execute();

export const findVersion = (db: Db, id: string) => base(db).where('r.id', '=', id).executeTakeFirst();

/** Locks a key's current versions for a change, so that two administrators never interleave. */
export const lockKey = async (trx: Db, key: string) => {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`legal_rule:${key}`}))`.execute(trx);
  return currentVersions(trx, [key]);
};

export const insertVersion = (trx: Db, row: Insertable<LegalRuleTable>) =>
  trx.insertInto('legal_rule').values(row).execute();

export const setEffectiveTo = (trx: Db, id: string, effectiveTo: string | null) =>
  trx.updateTable('legal_rule').set({ effective_to: effectiveTo }).where('id', '=', id).execute();

/** Retires a version before its correction is inserted (the unique index holds current versions only). */
export const retire = (trx: Db, id: string) =>
  trx.updateTable('legal_rule').set({ superseded_at: new Date() }).where('id', '=', id).execute();

export const linkSuccessor = (trx: Db, id: string, by: string) =>
  trx.updateTable('legal_rule').set({ superseded_by: by }).where('id', '=', id).execute();

/** Which (key, day) pairs exist at all, superseded or not: a shipped version once stored is never re-added. */
export const existingDays = (db: Db) =>
  db
    .selectFrom('legal_rule')
    .select(['key', sql<string>`effective_from::text`.as('effective_from')])
    .execute();
