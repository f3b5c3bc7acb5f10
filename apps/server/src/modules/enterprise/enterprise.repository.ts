import { type ExpressionBuilder, type Expression, type SqlBool, sql } from 'kysely';
import { type EnterpriseFilter, type ListEnterprisesQuery, subtreePrefix } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { countUpTo } from '../../db/count.ts';
import type { Database, NewRows, RowChanges } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { EnterpriseTable } from './enterprise.table.ts';

type EDb = Database & { e: EnterpriseTable };
type EB = ExpressionBuilder<EDb, 'e'>;

/**
 * An enterprise's division, read where a child row is written: child rows carry it as the distribution
 * key (decision 0011) without every writer having to look it up first.
 */
export const divisionOfEnterprise = (enterpriseId: string) =>
  sql<string>`(SELECT division_code FROM enterprise WHERE id = ${enterpriseId})`;

/** The one data-scope rule for enterprises: division subtree, department sectors (main or secondary), own enterprise, contracts. */
export const enterpriseScope = (actor: Actor) =>
  inScope(actor, {
    division: 'e.division_code',
    sector: 'e.sector',
    secondarySectors: 'e.secondary_sectors',
    enterprise: 'e.id',
  });

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE of list, count, export and map: scope first, then the user's filters. */
export function enterpriseWhere(actor: Actor, f: EnterpriseFilter) {
  return (eb: EB): Expression<SqlBool> => {
    const conds: Expression<SqlBool>[] = [enterpriseScope(actor)];
    if (f.q) {
      const q = likeEscape(f.q);
      // Substring of name, address or credit code; all three carry a trigram index.
      const matches = [eb('e.name', 'ilike', `%${q}%`), eb('e.address', 'ilike', `%${q}%`)];
      if (/^[0-9A-Za-z]{2,18}$/.test(f.q)) matches.push(eb('e.credit_code', 'like', `%${q.toUpperCase()}%`));
      conds.push(eb.or(matches));
    }
    if (f.divisionCode) conds.push(eb('e.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`));
    if (f.sector)
      conds.push(
        eb.or([
          eb('e.sector', '=', f.sector),
          sql<SqlBool>`e.secondary_sectors @> ARRAY[${f.sector}]::text[]`,
        ]),
      ); // both indexed
    if (f.status) conds.push(eb('e.status', '=', f.status));
    if (f.sizeClass) conds.push(eb('e.size_class', '=', f.sizeClass));
    if (f.standardizationLevel) conds.push(eb('e.standardization_level', '=', f.standardizationLevel));
    if (f.gap === 'territorial') conds.push(eb('e.grid_user_id', 'is', null));
    if (f.gap === 'industry') conds.push(eb('e.industry_department_id', 'is', null));
    if (f.gap === 'any')
      conds.push(eb.or([eb('e.grid_user_id', 'is', null), eb('e.industry_department_id', 'is', null)]));
    if (f.gridUserId) conds.push(eb('e.grid_user_id', '=', f.gridUserId));
    if (f.agencyId) {
      conds.push(
        eb(
          'e.id',
          'in',
          eb
            .selectFrom('agency_contract as ac')
            .select('ac.enterprise_id')
            .where('ac.agency_id', '=', f.agencyId)
            .where('ac.active', '=', true),
        ),
      );
    }
    return eb.and(conds);
  };
}

const summarySelect = (db: Db) =>
  db
    .selectFrom('enterprise as e')
    .innerJoin('division as v', 'v.code', 'e.division_code')
    .leftJoin('app_user as g', 'g.id', 'e.grid_user_id')
    .leftJoin('department as d', 'd.id', 'e.industry_department_id')
    .select([
      'e.id',
      'e.credit_code',
      'e.name',
      'e.division_code',
      'v.name as division_name',
      'e.address',
      'e.longitude',
      'e.latitude',
      'e.sector',
      'e.secondary_sectors',
      'e.size_class',
      'e.employees',
      'e.status',
      'e.standardization_level',
      'e.principal',
      'e.grid_user_id',
      'g.display_name as grid_user_name',
      'e.industry_department_id',
      'd.name as industry_department_name',
      'e.updated_at',
    ]);
export type EnterpriseSummaryRow = Awaited<
  ReturnType<ReturnType<typeof summarySelect>['executeTakeFirstOrThrow']>
>;

const sortColumn = {
  name: 'e.name',
  creditCode: 'e.credit_code',
  divisionCode: 'e.division_code',
  employees: 'e.employees',
  updatedAt: 'e.updated_at',
} as const;

export async function listEnterprises(db: Db, actor: Actor, q: ListEnterprisesQuery) {
  const where = enterpriseWhere(actor, q);
  const [items, count] = await Promise.all([
    summarySelect(db)
      .where(where)
      // Only the nullable column needs NULLS LAST; elsewhere the plain order lets the (col, id) indexes serve it.
      .orderBy(sortColumn[q.sort], (ob) =>
        q.sort === 'employees'
          ? q.order === 'asc'
            ? ob.asc().nullsLast()
            : ob.desc().nullsLast()
          : q.order === 'asc'
            ? ob.asc()
            : ob.desc(),
      )
      .orderBy('e.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    countUpTo(db, db.selectFrom('enterprise as e').where(where)),
  ]);
  return { items, ...count };
}

/** Every in-scope row of a filter, for the export (capped by the caller). */
export function exportRows(db: Db, actor: Actor, f: EnterpriseFilter, limit: number) {
  return summarySelect(db)
    .select([
      'e.industry_code',
      'e.safety_manager',
      'e.registered_safety_engineers',
      'e.high_risk_processes',
      'e.industry_person',
      'e.enterprise_person',
    ])
    .where(enterpriseWhere(actor, f))
    .orderBy('e.division_code')
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

/** Points for the map: only what a marker and its popup need. */
export function mapPoints(db: Db, actor: Actor, f: EnterpriseFilter, limit: number) {
  return db
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name', 'e.sector', 'e.status', 'e.division_code', 'e.longitude', 'e.latitude'])
    .where(enterpriseWhere(actor, f))
    .where('e.longitude', 'is not', null)
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

const detailSelect = (db: Db) =>
  summarySelect(db).select([
    'e.industry_code',
    'e.safety_manager',
    'e.registered_safety_engineers',
    'e.licences',
    'e.liability_insurance',
    'e.safety_costs',
    'e.high_risk_processes',
    'e.industry_person',
    'e.enterprise_person',
    'e.supervision_focus',
    'e.created_at',
  ]);
export type EnterpriseDetailRow = Awaited<
  ReturnType<ReturnType<typeof detailSelect>['executeTakeFirstOrThrow']>
>;

/** An enterprise and whether the actor's scope covers it; undefined when no such enterprise exists. */
export function findEnterprise(db: Db, actor: Actor, id: string) {
  return detailSelect(db)
    .select(enterpriseScope(actor).as('in_scope'))
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export const lockEnterprise = (trx: Db, id: string) =>
  trx.selectFrom('enterprise').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export function statusHistory(db: Db, enterpriseId: string) {
  return db
    .selectFrom('enterprise_status_change')
    .select([
      'id',
      'from_status',
      'to_status',
      'reason',
      sql<string>`effective_on::text`.as('effective_on'),
      'username',
      'at',
    ])
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

export async function changeLog(
  db: Db,
  enterpriseId: string,
  page: { page: number; pageSize: number; byEnterprise?: boolean },
) {
  let q = db.selectFrom('enterprise_change').where('enterprise_id', '=', enterpriseId);
  if (page.byEnterprise !== undefined) q = q.where('by_enterprise', '=', page.byEnterprise);
  const [items, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** Divisions that exist, out of `codes` (import and form checks). */
export async function existingDivisions(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('division').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

export async function takenCreditCodes(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('enterprise')
    .select('credit_code')
    .where('credit_code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.credit_code));
}

export const insertEnterprise = (trx: Db, row: NewRows<'enterprise'>) =>
  trx.insertInto('enterprise').values(row).execute();

export const insertEnterpriseChange = (trx: Db, row: NewRows<'enterprise_change'>) =>
  trx.insertInto('enterprise_change').values(row).execute();

export const insertEnterpriseStatusChange = (trx: Db, row: NewRows<'enterprise_status_change'>) =>
  trx.insertInto('enterprise_status_change').values(row).execute();

export const updateEnterprise = (trx: Db, id: string, set: RowChanges<'enterprise'>) =>
  trx.updateTable('enterprise').set(set).where('id', '=', id).execute();

/** One change applied to several enterprises at once (grid assignment). */
export const updateEnterprises = (trx: Db, ids: readonly string[], set: RowChanges<'enterprise'>) =>
  trx.updateTable('enterprise').set(set).where('id', 'in', ids).execute();

/**
 * Candidates for a near-duplicate name: in-scope enterprises sharing a two-character piece of the name's
 * core (a one-character misspelling still shares one); the domain's nameLikeness decides among them.
 */
export function nameCandidates(db: Db, actor: Actor, core: string, excludeId: string | undefined) {
  const chars = [...core];
  const pieces = chars.slice(0, -1).map((c, i) => `%${likeEscape(c + chars[i + 1])}%`);
  if (pieces.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('enterprise as e')
    .innerJoin('division as v', 'v.code', 'e.division_code')
    .select(['e.id', 'e.name', 'e.credit_code', 'v.name as division_name'])
    .where(enterpriseScope(actor))
    .where(sql<SqlBool>`e.name LIKE ANY(${pieces}::text[])`);
  if (excludeId) q = q.where('e.id', '<>', excludeId);
  return q.orderBy('e.name').limit(500).execute();
}
