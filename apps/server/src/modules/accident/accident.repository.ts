import { sql, type Insertable, type Updateable } from 'kysely';
import { type ListAccidentsQuery, subtreePrefix } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Database, NewRows, RowChanges } from '../../db/schema.ts';
import { countUpTo } from '../../db/count.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';

/** Accidents belong to a division subtree, a supervising sector and (optionally) an enterprise. */
export const accidentScope = (actor: Actor, alias = 'a') =>
  inScope(actor, {
    division: `${alias}.division_code`,
    sector: `${alias}.sector`,
    enterprise: `${alias}.enterprise_id`,
  });

const baseSelect = (db: Db) =>
  db
    .selectFrom('accident as a')
    .innerJoin('division as v', 'v.code', 'a.division_code')
    .select([
      'a.id',
      'a.division_code',
      'v.name as division_name',
      'a.occurred_at',
      'a.stat_year',
      'a.title',
      'a.location',
      'a.longitude',
      'a.latitude',
      'a.enterprise_id',
      'a.enterprise_name',
      'a.category',
      'a.sector',
      'a.accident_type',
      'a.deaths',
      'a.serious_injuries',
      'a.minor_injuries',
      'a.missing',
      'a.direct_loss',
      'a.grade',
      'a.grade_rule_version',
      'a.description',
      'a.created_at',
      'a.updated_at',
    ]);

export type AccidentRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

/** Filters shared by the list, the export and an indicator's record list. */
export interface AccidentFilter {
  divisionCode?: string;
  yearFrom?: number;
  yearTo?: number;
  from?: string;
  to?: string;
  categories?: readonly string[];
  grade?: string;
  largerOnly?: boolean;
  /** Only accidents with deaths: what a number of deaths counts. */
  withDeaths?: boolean;
  enterpriseId?: string;
  q?: string;
}

export function filtered(db: Db, actor: Actor, f: AccidentFilter) {
  let query = db.selectFrom('accident as a').where(accidentScope(actor));
  if (f.divisionCode) query = query.where('a.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`);
  if (f.yearFrom !== undefined) query = query.where('a.stat_year', '>=', f.yearFrom);
  if (f.yearTo !== undefined) query = query.where('a.stat_year', '<=', f.yearTo);
  if (f.from) query = query.where('a.occurred_at', '>=', new Date(`${f.from}T00:00:00+08:00`));
  if (f.to)
    query = query.where(
      'a.occurred_at',
      '<',
      new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000),
    );
  if (f.categories) query = query.where('a.category', 'in', f.categories.length ? [...f.categories] : ['-']);
  if (f.grade) query = query.where('a.grade', '=', f.grade);
  if (f.largerOnly) query = query.where('a.grade', '<>', '一般');
  if (f.withDeaths) query = query.where('a.deaths', '>', 0);
  if (f.enterpriseId) query = query.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.q) {
    // Escaped so that % and _ are searched literally; each column carries a trigram index.
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('a.title', 'ilike', like),
        eb('a.enterprise_name', 'ilike', like),
        eb('a.location', 'ilike', like),
      ]),
    );
  }
  return query;
}

export const filterOf = (q: ListAccidentsQuery): AccidentFilter => ({
  divisionCode: q.divisionCode,
  yearFrom: q.year,
  yearTo: q.year,
  from: q.from,
  to: q.to,
  categories: q.category ? [q.category] : undefined,
  grade: q.grade,
  largerOnly: q.largerOnly === 'true',
  withDeaths: q.withDeaths === 'true',
  enterpriseId: q.enterpriseId,
  q: q.q,
});

export async function listAccidents(
  db: Db,
  actor: Actor,
  f: AccidentFilter,
  page: { page: number; pageSize: number },
) {
  const query = filtered(db, actor, f);
  const [items, count] = await Promise.all([
    // Pick the page's ids first (walking the occurred_at index), then join names for those rows only.
    baseSelect(db)
      .where(
        'a.id',
        'in',
        query
          .select('a.id')
          .orderBy('a.occurred_at', 'desc')
          .orderBy('a.id')
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
      )
      .orderBy('a.occurred_at', 'desc')
      .orderBy('a.id')
      .execute(),
    countUpTo(db, query),
  ]);
  return { items, ...count };
}

/** An accident and whether the actor's scope covers it; undefined when none exists. */
export function findAccident(db: Db, actor: Actor, id: string) {
  return baseSelect(db).select(accidentScope(actor).as('in_scope')).where('a.id', '=', id).executeTakeFirst();
}

export function lockAccident(trx: Db, id: string) {
  return trx.selectFrom('accident').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function reportSteps(db: Db, accidentId: string) {
  return db
    .selectFrom('accident_report_step')
    .selectAll()
    .where('accident_id', '=', accidentId)
    .orderBy('reported_at')
    .execute();
}

export function supplements(db: Db, accidentId: string) {
  return db
    .selectFrom('accident_supplement')
    .selectAll()
    .where('accident_id', '=', accidentId)
    .orderBy('reported_at')
    .orderBy('created_at')
    .execute();
}

export function investigation(db: Db, accidentId: string) {
  return db
    .selectFrom('accident_investigation')
    .selectAll()
    .select(sql<string | null>`concluded_at::text`.as('concluded_on'))
    .where('accident_id', '=', accidentId)
    .executeTakeFirst();
}

export function measures(db: Db, accidentId: string) {
  return db
    .selectFrom('accident_measure as m')
    .select([
      'm.id',
      'm.content',
      'm.owner',
      'm.owner_unit',
      'm.status',
      'm.completed_at',
      'm.verified_at',
      'm.created_at',
      sql<string>`m.deadline::text`.as('deadline'),
    ])
    .select((eb) =>
      sql<
        { at: string; note: string; statusAfter: string }[]
      >`coalesce((SELECT json_agg(json_build_object('at', f.at, 'note', f.note, 'statusAfter', f.status_after) ORDER BY f.at)
        FROM accident_measure_followup f WHERE f.measure_id = ${eb.ref('m.id')}), '[]'::json)`.as(
        'followups',
      ),
    )
    .where('m.accident_id', '=', accidentId)
    .orderBy('m.deadline')
    .orderBy('m.created_at')
    .execute();
}

export type MeasureRow = Awaited<ReturnType<typeof measures>>[number];
export type InvestigationRow = NonNullable<Awaited<ReturnType<typeof investigation>>>;

// ---- 查处督办 writes (investigation.service.ts) ----

type InvestigationValues = Omit<Insertable<Database['accident_investigation']>, 'accident_id'>;

/** The investigation's status, its row locked for the rest of the transaction; undefined before the first save. */
export const lockInvestigation = (trx: Db, accidentId: string) =>
  trx
    .selectFrom('accident_investigation')
    .select('status')
    .where('accident_id', '=', accidentId)
    .forUpdate()
    .executeTakeFirst();

export const saveInvestigation = (trx: Db, accidentId: string, values: InvestigationValues) =>
  trx
    .insertInto('accident_investigation')
    .values({ accident_id: accidentId, ...values })
    .onConflict((oc) => oc.column('accident_id').doUpdateSet(values))
    .execute();

export const closeInvestigation = (trx: Db, accidentId: string) =>
  trx
    .updateTable('accident_investigation')
    .set({ status: 'closed', closed_at: new Date(), updated_at: new Date() })
    .where('accident_id', '=', accidentId)
    .execute();

export const insertMeasure = (trx: Db, row: NewRows<'accident_measure'>) =>
  trx.insertInto('accident_measure').values(row).execute();

export const lockMeasure = (trx: Db, accidentId: string, measureId: string) =>
  trx
    .selectFrom('accident_measure')
    .select(['id', 'status'])
    .where('id', '=', measureId)
    .where('accident_id', '=', accidentId)
    .forUpdate()
    .executeTakeFirst();

export const updateMeasure = (
  trx: Db,
  measureId: string,
  changes: Updateable<Database['accident_measure']>,
) => trx.updateTable('accident_measure').set(changes).where('id', '=', measureId).execute();

export const insertFollowUp = (trx: Db, row: NewRows<'accident_measure_followup'>) =>
  trx.insertInto('accident_measure_followup').values(row).execute();

/** How many 整改措施 of an accident are not yet 已核查销号. */
export async function unverifiedMeasures(trx: Db, accidentId: string): Promise<number> {
  const r = await trx
    .selectFrom('accident_measure')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('accident_id', '=', accidentId)
    .where('status', '<>', 'verified')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export const insertAccident = (trx: Db, row: NewRows<'accident'>) =>
  trx.insertInto('accident').values(row).execute();

export const updateAccident = (trx: Db, id: string, set: RowChanges<'accident'>) =>
  trx.updateTable('accident').set(set).where('id', '=', id).execute();

export const insertSupplement = (trx: Db, row: NewRows<'accident_supplement'>) =>
  trx.insertInto('accident_supplement').values(row).execute();

export const reportStepExists = async (trx: Db, accidentId: string, level: string) =>
  !!(await trx
    .selectFrom('accident_report_step')
    .select('id')
    .where('accident_id', '=', accidentId)
    .where('level', '=', level)
    .executeTakeFirst());

export const insertReportStep = (trx: Db, row: NewRows<'accident_report_step'>) =>
  trx.insertInto('accident_report_step').values(row).execute();

/** The enterprise an accident names: its id, name and sector (any scope: the accident's own is checked). */
export const enterpriseRef = (trx: Db, id: string) =>
  trx.selectFrom('enterprise').select(['id', 'name', 'sector']).where('id', '=', id).executeTakeFirst();
