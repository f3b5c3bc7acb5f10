import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../access/actor.ts';
import { inScope } from '../access/scope.ts';
import type { Insertable } from 'kysely';
import type { DocumentTable } from './documents.table.ts';

export const findKind = (db: Db, code: string) =>
  db.selectFrom('doc_kind').selectAll().where('code', '=', code).executeTakeFirst();

export const listKinds = (db: Db) => db.selectFrom('doc_kind').selectAll().orderBy('code').execute();

export const lockKind = (trx: Db, code: string) =>
  trx.selectFrom('doc_kind').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();

export type KindRow = NonNullable<Awaited<ReturnType<typeof findKind>>>;

/** Adds kinds the database lacks; an administrator's edit of an existing kind is kept. */
export const insertMissingKinds = (
  db: Db,
  kinds: readonly { code: string; name: string; abbreviation: string; pattern: string }[],
) =>
  kinds.length === 0
    ? Promise.resolve([])
    : db
        .insertInto('doc_kind')
        // Named columns only: a caller's richer object (a template beside the kind) must not reach the SQL.
        .values(
          kinds.map((k) => ({
            code: k.code,
            name: k.name,
            abbreviation: k.abbreviation,
            pattern: k.pattern,
            updated_by: null,
          })),
        )
        .onConflict((oc) => oc.column('code').doNothing())
        .returning('code')
        .execute();

export const updateKind = (
  trx: Db,
  code: string,
  v: { name: string; abbreviation: string; pattern: string },
  userId: string,
) =>
  trx
    .updateTable('doc_kind')
    .set({ ...v, updated_by: userId, updated_at: new Date() })
    .where('code', '=', code)
    .returningAll()
    .executeTakeFirstOrThrow();

export const divisionName = (db: Db, code: string) =>
  db.selectFrom('division').select('name').where('code', '=', code).executeTakeFirst();

/**
 * The next number of an authority, kind and year. One statement: the first issue inserts 1, later ones
 * increment the row, which stays locked until the issuing transaction ends — a concurrent issuer waits for
 * it and reads the committed value, a rolled-back issue leaves the number to the next one. No gap, no
 * duplicate, on PGlite (one connection) and on a server alike.
 */
export const nextSeq = async (trx: Db, divisionCode: string, kind: string, year: number) =>
  (
    await trx
      .insertInto('doc_counter')
      .values({ division_code: divisionCode, kind, year, last_seq: 1 })
      .onConflict((oc) =>
        oc
          .columns(['division_code', 'kind', 'year'])
          .doUpdateSet({ last_seq: sql<number>`doc_counter.last_seq + 1` }),
      )
      .returning('last_seq')
      .executeTakeFirstOrThrow()
  ).last_seq;

export const insertDocument = (trx: Db, row: Insertable<DocumentTable>) =>
  trx.insertInto('document').values(row).execute();

const publicColumns = [
  'd.id',
  'd.kind',
  'k.name as kind_name',
  'd.title',
  'd.number',
  'd.authority_name',
  'd.sha256',
  'd.status',
  'd.withdrawn_at',
] as const;

/** Only what the public page shows: never the data, the parties or who issued it. */
export const findPublic = (db: Db, id: string) =>
  db
    .selectFrom('document as d')
    .innerJoin('doc_kind as k', 'k.code', 'd.kind')
    .select([...publicColumns, sql<string>`d.issued_on::text`.as('issued_on')])
    .where('d.id', '=', id)
    .executeTakeFirst();
export type PublicRow = NonNullable<Awaited<ReturnType<typeof findPublic>>>;

/** An issued document with its in-scope flag (the issuing authority's division subtree). */
export const findInScope = (db: Db, actor: Actor, id: string) =>
  db
    .selectFrom('document as d')
    .innerJoin('doc_kind as k', 'k.code', 'd.kind')
    .select([
      ...publicColumns,
      sql<string>`d.issued_on::text`.as('issued_on'),
      'd.division_code',
      'd.template_key',
      'd.template_version',
      'd.subject_type',
      'd.subject_id',
      'd.enterprise_id',
      'd.withdrawn_reason',
      sql<number>`octet_length(d.pdf)`.as('size'),
      // The issuing office's subtree; an enterprise reaches what was served on it through the issuing module.
      inScope(actor, { division: 'd.division_code' }).as('in_scope'),
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findInScope>>>;

export const lockDocument = (trx: Db, id: string) =>
  trx.selectFrom('document').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();

export const markWithdrawn = (trx: Db, id: string, reason: string, userId: string | null) =>
  trx
    .updateTable('document')
    .set({ status: 'withdrawn', withdrawn_at: new Date(), withdrawn_reason: reason, withdrawn_by: userId })
    .where('id', '=', id)
    .execute();

export const readPdf = (db: Db, id: string) =>
  db.selectFrom('document').select(['pdf', 'number', 'title']).where('id', '=', id).executeTakeFirst();

/** The documents of a subject (a case's), oldest first, for bundles and the issuing module's lists. */
export const listBySubject = (db: Db, subjectType: string, subjectId: string) =>
  db
    .selectFrom('document')
    .select(['id', 'kind', 'number', 'title', 'sha256', 'status'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
