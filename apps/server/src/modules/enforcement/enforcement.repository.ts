import { type Expression, type ExpressionBuilder, type Insertable, type SqlBool, sql } from 'kysely';
import { type ListCasesQuery, subtreePrefix } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { countUpTo } from '../../db/count.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import { enterpriseScope } from '../enterprise/index.ts';
import type { EnforcementCaseTable } from './enforcement.table.ts';

type CDb = Database & { c: EnforcementCaseTable };
type EB = ExpressionBuilder<CDb, 'c'>;

/** A case belongs to its party: the enterprise's division and sector (copied onto the row), and the enterprise. */
export const caseScope = (actor: Actor) =>
  inScope(actor, { division: 'c.division_code', sector: 'c.sector', enterprise: 'c.enterprise_id' });

/** Officers, plans and draws belong to their authority's division (no enterprise sees them). */
export const authorityScope = (actor: Actor, column: string) => inScope(actor, { division: column });

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// ---- enterprises and officers

/** The enterprise a case or a draw names, with whether the actor's scope covers it. */
export function enterpriseForCase(db: Db, actor: Actor, enterpriseId: string) {
  return db
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name', 'e.division_code', 'e.sector', enterpriseScope(actor).as('in_scope')])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirst();
}

/** The enterprises a draw may pick: in scope, under the authority's division, in business. */
export function drawableEnterprises(db: Db, actor: Actor, divisionCode: string, sector?: string) {
  let q = db
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name'])
    .where(enterpriseScope(actor))
    .where('e.division_code', 'like', `${subtreePrefix(divisionCode)}%`)
    .where('e.status', '=', 'normal');
  if (sector) q = q.where('e.sector', '=', sector);
  return q.orderBy('e.id').execute();
}

export const enterpriseNames = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db.selectFrom('enterprise').select(['id', 'name']).where('id', 'in', ids).execute()
    : Promise.resolve([]);

const officerSelect = (db: Db, actor: Actor) =>
  db
    .selectFrom('enforcement_officer as o')
    .select([
      'o.id',
      'o.name',
      'o.cert_no',
      'o.division_code',
      'o.user_id',
      'o.conflict_enterprise_ids',
      'o.active',
      authorityScope(actor, 'o.division_code').as('in_scope'),
    ]);
export type OfficerRow = Awaited<ReturnType<ReturnType<typeof officerSelect>['executeTakeFirstOrThrow']>>;

export function listOfficers(db: Db, actor: Actor, divisionCode?: string) {
  let q = officerSelect(db, actor).where(authorityScope(actor, 'o.division_code'));
  if (divisionCode) q = q.where('o.division_code', '=', divisionCode);
  return q.orderBy('o.division_code').orderBy('o.name').orderBy('o.id').execute();
}

/** Officers by id with their `in_scope` flag (any scope: a case's officers are shown to whoever sees it). */
export const officersByIds = (db: Db, actor: Actor, ids: readonly string[]) =>
  ids.length ? officerSelect(db, actor).where('o.id', 'in', ids).execute() : Promise.resolve([]);

/** The authority's active pool, for a draw. */
export const activeOfficersOf = (db: Db, divisionCode: string) =>
  db
    .selectFrom('enforcement_officer')
    .select(['id', 'name', 'conflict_enterprise_ids'])
    .where('division_code', '=', divisionCode)
    .where('active', '=', true)
    .orderBy('id')
    .execute();

export const certNoTaken = async (db: Db, certNo: string) =>
  !!(await db
    .selectFrom('enforcement_officer')
    .select('id')
    .where('cert_no', '=', certNo)
    .executeTakeFirst());

export const insertOfficer = (trx: Db, row: Insertable<Database['enforcement_officer']>) =>
  trx.insertInto('enforcement_officer').values(row).execute();

/** The user an officer record links to, with whether the actor's scope covers the user's division. */
export const userForOfficer = (db: Db, actor: Actor, userId: string) =>
  db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.display_name', authorityScope(actor, 'u.division_code').as('in_scope')])
    .where('u.id', '=', userId)
    .executeTakeFirst();

// ---- cases

export function caseWhere(actor: Actor, f: Omit<ListCasesQuery, 'page' | 'pageSize'>) {
  return (eb: EB): Expression<SqlBool> => {
    const conds: Expression<SqlBool>[] = [caseScope(actor)];
    if (f.status) conds.push(eb('c.status', '=', f.status));
    if (f.enterpriseId) conds.push(eb('c.enterprise_id', '=', f.enterpriseId));
    if (f.divisionCode) conds.push(eb('c.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`));
    if (f.q) {
      const q = `%${likeEscape(f.q)}%`;
      conds.push(eb.or([eb('c.title', 'ilike', q), eb('c.case_no', 'like', q)]));
    }
    return eb.and(conds);
  };
}

const caseSelect = (db: Db) =>
  db
    .selectFrom('enforcement_case as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .innerJoin('division as v', 'v.code', 'c.division_code')
    .selectAll('c')
    .select([
      'e.name as enterprise_name',
      'v.name as division_name',
      sql<string>`c.filed_on::text`.as('filed_on'),
      sql<string | null>`c.paid_on::text`.as('paid_on'),
    ]);
export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseSelect>['executeTakeFirstOrThrow']>>;

export async function listCases(db: Db, actor: Actor, q: ListCasesQuery) {
  const where = caseWhere(actor, q);
  const [items, count] = await Promise.all([
    caseSelect(db)
      .where(where)
      .orderBy('c.filed_on', 'desc')
      .orderBy('c.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    countUpTo(db, db.selectFrom('enforcement_case as c').where(where)),
  ]);
  return { items, ...count };
}

/** Every case in scope that is not settled long ago (for the clock-breach list), capped. */
export const casesForClocks = (db: Db, actor: Actor, limit: number) =>
  caseSelect(db).where(caseScope(actor)).orderBy('c.filed_on', 'desc').orderBy('c.id').limit(limit).execute();

export const findCase = (db: Db, actor: Actor, id: string) =>
  caseSelect(db).select(caseScope(actor).as('in_scope')).where('c.id', '=', id).executeTakeFirst();

export const lockCase = (trx: Db, id: string) =>
  trx
    .selectFrom('enforcement_case')
    .selectAll()
    .select([sql<string>`filed_on::text`.as('filed_on'), sql<string | null>`paid_on::text`.as('paid_on')])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** The next case number of an authority and year: the counter row's update serialises concurrent 立案. */
export async function nextCaseSeq(trx: Db, divisionCode: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('enforcement_case_counter')
    .values({ division_code: divisionCode, year, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['division_code', 'year'])
        .doUpdateSet({ last_seq: sql`enforcement_case_counter.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export const divisionName = async (db: Db, code: string) =>
  (await db.selectFrom('division').select('name').where('code', '=', code).executeTakeFirst())?.name ?? code;

export const insertCase = (trx: Db, row: Insertable<Database['enforcement_case']>) =>
  trx.insertInto('enforcement_case').values(row).execute();

export type CaseChanges = Partial<
  Pick<
    Insertable<Database['enforcement_case']>,
    | 'status'
    | 'hearing_offered'
    | 'legal_review_passed'
    | 'legal_review_return_to'
    | 'handed_over'
    | 'service_method'
    | 'paid_on'
    | 'penalty'
  >
>;

export const updateCase = (trx: Db, id: string, changes: CaseChanges) =>
  trx
    .updateTable('enforcement_case')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .execute();

export const insertStep = (trx: Db, row: Insertable<Database['enforcement_case_step']>) =>
  trx.insertInto('enforcement_case_step').values(row).execute();

const stepSelect = (db: Db) =>
  db
    .selectFrom('enforcement_case_step')
    .selectAll()
    .select(sql<string>`on_date::text`.as('on_date'));
export type StepRow = Awaited<ReturnType<ReturnType<typeof stepSelect>['executeTakeFirstOrThrow']>>;

export const stepsOf = (db: Db, caseId: string) =>
  stepSelect(db).where('case_id', '=', caseId).orderBy('id').execute();

export const stepsOfCases = (db: Db, caseIds: readonly string[]) =>
  caseIds.length
    ? stepSelect(db).where('case_id', 'in', caseIds).orderBy('id').execute()
    : Promise.resolve([]);

export const officerNames = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db.selectFrom('enforcement_officer').select(['id', 'name']).where('id', 'in', ids).execute()
    : Promise.resolve([]);

// ---- 裁量基准

/** The newest benchmark in force on `day` of the authority or one of its ancestors (county before city). */
export function benchmarkFor(db: Db, authorityDivision: string, day: string) {
  const ancestors = [
    authorityDivision,
    `${authorityDivision.slice(0, 4)}00`,
    `${authorityDivision.slice(0, 2)}0000`,
  ];
  return db
    .selectFrom('enforcement_benchmark')
    .select(['id', 'division_code', 'document'])
    .where('division_code', 'in', ancestors)
    .where('effective_from', '<=', day)
    .orderBy(sql`length(rtrim(division_code, '0'))`, 'desc')
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export const listBenchmarks = (db: Db, actor: Actor) =>
  db
    .selectFrom('enforcement_benchmark as b')
    .select([
      'b.id',
      'b.division_code',
      sql<string>`b.effective_from::text`.as('effective_from'),
      'b.document',
      'b.created_at',
    ])
    .where(inScope(actor, { division: 'b.division_code' }))
    .orderBy('b.division_code')
    .orderBy('b.effective_from', 'desc')
    .execute();

export const upsertBenchmark = (trx: Db, row: Insertable<Database['enforcement_benchmark']>) =>
  trx
    .insertInto('enforcement_benchmark')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['division_code', 'id']).doUpdateSet({
        effective_from: row.effective_from,
        document: row.document,
        created_by: row.created_by,
        created_at: new Date(),
      }),
    )
    .execute();

// ---- demo

export const anyCase = (db: Db) => db.selectFrom('enforcement_case').select('id').limit(1).executeTakeFirst();

export const demoUser = (db: Db, username: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'role_code', 'division_code'])
    .where('username', '=', username)
    .executeTakeFirst();

export const demoEnterprises = (db: Db, divisionPrefix: string, limit: number) =>
  db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('division_code', 'like', `${divisionPrefix}%`)
    .where('status', '=', 'normal')
    .orderBy('id')
    .limit(limit)
    .execute();

/** What a document prints of the party (当事人). */
export const partyOf = (db: Db, enterpriseId: string) =>
  db
    .selectFrom('enterprise')
    .select(['name', 'credit_code', 'address', 'principal'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
