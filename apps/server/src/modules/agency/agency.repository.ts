import { type AliasableExpression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ListAgenciesQuery } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Database, NewRows, RowChanges } from '../../db/schema.ts';
import { type Actor, scopeKindOf } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import { enterpriseScope } from '../enterprise/index.ts';
import type { AgencyTable } from './agency.table.ts';

type ADb = Database & { a: AgencyTable };

/**
 * Agencies the actor sees: those registered in its division subtree (or its own agency), and — for
 * regulators — any agency serving an enterprise in its scope, so a county sees the city's agencies
 * that work in the county.
 */
export function agencyScope(actor: Actor) {
  return (eb: ExpressionBuilder<ADb, 'a'>): AliasableExpression<SqlBool> => {
    const own = inScope(actor, { division: 'a.division_code', agency: 'a.id' });
    if (scopeKindOf(actor) === 'agency' || scopeKindOf(actor) === 'enterprise') return own;
    return eb.or([
      own,
      eb.exists(
        eb
          .selectFrom('agency_contract as sc')
          .innerJoin('enterprise as e', 'e.id', 'sc.enterprise_id')
          .select(sql.lit(1).as('one'))
          .whereRef('sc.agency_id', '=', 'a.id')
          .where(enterpriseScope(actor)),
      ),
    ]);
  };
}

/** Contracts and visits: the enterprise must be in scope, and an agency account sees only its own. */
export const serviceScope = (actor: Actor, agencyCol: string) =>
  inScope(actor, {
    division: 'e.division_code',
    sector: 'e.sector',
    secondarySectors: 'e.secondary_sectors',
    enterprise: 'e.id',
    agency: agencyCol,
  });

const agencySelect = (db: Db) =>
  db
    .selectFrom('agency as a')
    .innerJoin('division as v', 'v.code', 'a.division_code')
    .select([
      'a.id',
      'a.name',
      'a.credit_code',
      'a.division_code',
      'v.name as division_name',
      'a.address',
      'a.contact_person',
      'a.qualifications',
      'a.updated_at',
    ])
    .select(
      sql<string | null>`(SELECT min(q->>'expiresOn') FROM jsonb_array_elements(a.qualifications) q)`.as(
        'next_expiry',
      ),
    )
    .select((eb) =>
      eb
        .selectFrom('agency_staff as s')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('s.agency_id', '=', 'a.id')
        .where('s.active', '=', true)
        .as('staff_count'),
    )
    .select((eb) =>
      eb
        .selectFrom('agency_contract as c')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('c.agency_id', '=', 'a.id')
        .where('c.active', '=', true)
        .as('active_contracts'),
    );
export type AgencyRow = Awaited<ReturnType<ReturnType<typeof agencySelect>['executeTakeFirstOrThrow']>>;

export async function listAgencies(db: Db, actor: Actor, q: ListAgenciesQuery, today: string) {
  let query = db.selectFrom('agency as a').where(agencyScope(actor));
  if (q.q)
    query = query.where((eb) =>
      eb.or([eb('a.name', 'ilike', `%${q.q}%`), eb('a.credit_code', 'like', `${q.q?.toUpperCase()}%`)]),
    );
  if (q.expiringWithinDays !== undefined) {
    query = query.where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM jsonb_array_elements(a.qualifications) q WHERE (q->>'expiresOn')::date <= ${today}::date + ${q.expiringWithinDays}::int)`,
    );
  }
  const [items, count] = await Promise.all([
    agencySelect(db)
      .where('a.id', 'in', query.select('a.id'))
      .orderBy('a.name')
      .orderBy('a.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export const findAgency = (db: Db, actor: Actor, id: string) =>
  agencySelect(db)
    .select((eb) => agencyScope(actor)(eb).as('in_scope'))
    .where('a.id', '=', id)
    .executeTakeFirst();

export const agencyStaff = (db: Db, agencyId: string) =>
  db
    .selectFrom('agency_staff')
    .select(['id', 'name', 'title', 'certificate_no', 'specialty', 'active'])
    .where('agency_id', '=', agencyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const agencyContracts = (db: Db, actor: Actor, agencyId: string) =>
  db
    .selectFrom('agency_contract as c')
    .innerJoin('enterprise as e', 'e.id', 'c.enterprise_id')
    .select(['c.id', 'c.enterprise_id', 'e.name as enterprise_name', 'c.kind', 'c.contract_no', 'c.active'])
    .select([
      sql<string>`c.starts_on::text`.as('starts_on'),
      sql<string | null>`c.ends_on::text`.as('ends_on'),
    ])
    .where('c.agency_id', '=', agencyId)
    .where(serviceScope(actor, 'c.agency_id'))
    .orderBy('c.active', 'desc')
    .orderBy('c.starts_on', 'desc')
    .execute();

export async function listVisits(
  db: Db,
  actor: Actor,
  agencyId: string,
  q: { page: number; pageSize: number; enterpriseId?: string },
) {
  let query = db
    .selectFrom('agency_visit as av')
    .innerJoin('enterprise as e', 'e.id', 'av.enterprise_id')
    .where('av.agency_id', '=', agencyId)
    .where(serviceScope(actor, 'av.agency_id'));
  if (q.enterpriseId) query = query.where('av.enterprise_id', '=', q.enterpriseId);
  const [items, count] = await Promise.all([
    query
      .select([
        'av.id',
        'av.enterprise_id',
        'e.name as enterprise_name',
        'av.kind',
        'av.staff_ids',
        'av.summary',
        'av.hazards_found',
        'av.created_at',
      ])
      .select(sql<string>`av.visited_on::text`.as('visited_on'))
      .orderBy('av.visited_on', 'desc')
      .orderBy('av.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The active, unexpired contract between an agency and an enterprise, if any. */
export const activeContract = (db: Db, agencyId: string, enterpriseId: string) =>
  db
    .selectFrom('agency_contract')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('enterprise_id', '=', enterpriseId)
    .where('active', '=', true)
    .where(sql<SqlBool>`(ends_on IS NULL OR ends_on >= CURRENT_DATE)`)
    .executeTakeFirst();

export const insertAgency = (trx: Db, row: NewRows<'agency'>) =>
  trx.insertInto('agency').values(row).execute();

export const insertAgencyStaff = (trx: Db, row: NewRows<'agency_staff'>) =>
  trx.insertInto('agency_staff').values(row).execute();

export const insertAgencyContract = (trx: Db, row: NewRows<'agency_contract'>) =>
  trx.insertInto('agency_contract').values(row).execute();

export const insertAgencyVisit = (trx: Db, row: NewRows<'agency_visit'>) =>
  trx.insertInto('agency_visit').values(row).execute();

export const updateAgency = (trx: Db, id: string, set: RowChanges<'agency'>) =>
  trx.updateTable('agency').set(set).where('id', '=', id).execute();

export const updateAgencyContract = (trx: Db, id: string, set: RowChanges<'agency_contract'>) =>
  trx.updateTable('agency_contract').set(set).where('id', '=', id).execute();

/** Which of these staff ids belong to the agency. */
export const staffOfAgency = (trx: Db, agencyId: string, ids: readonly string[]) =>
  trx
    .selectFrom('agency_staff')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('id', 'in', ids)
    .execute();
