import { type Insertable, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { countUpTo } from '../../db/count.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorityScope } from './enforcement.repository.ts';

/** 年度执法计划 and its 双随机 draws: a plan belongs to its authority's division. */

const planSelect = (db: Db, actor: Actor) =>
  db
    .selectFrom('enforcement_plan as p')
    .innerJoin('division as v', 'v.code', 'p.division_code')
    .selectAll('p')
    .select(['v.name as division_name', authorityScope(actor, 'p.division_code').as('in_scope')]);
export type PlanRow = Awaited<ReturnType<ReturnType<typeof planSelect>['executeTakeFirstOrThrow']>>;

export async function listPlans(db: Db, actor: Actor, q: { year?: number; page: number; pageSize: number }) {
  let list = planSelect(db, actor).where(authorityScope(actor, 'p.division_code'));
  let count = db.selectFrom('enforcement_plan as p').where(authorityScope(actor, 'p.division_code'));
  if (q.year) {
    list = list.where('p.year', '=', q.year);
    count = count.where('p.year', '=', q.year);
  }
  const [items, c] = await Promise.all([
    list
      .orderBy('p.year', 'desc')
      .orderBy('p.division_code')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    countUpTo(db, count),
  ]);
  return { items, ...c };
}

export const findPlan = (db: Db, actor: Actor, id: string) =>
  planSelect(db, actor).where('p.id', '=', id).executeTakeFirst();

export const planOf = (db: Db, divisionCode: string, year: number) =>
  db
    .selectFrom('enforcement_plan')
    .select('id')
    .where('division_code', '=', divisionCode)
    .where('year', '=', year)
    .executeTakeFirst();

export const insertPlan = (trx: Db, row: Insertable<Database['enforcement_plan']>) =>
  trx.insertInto('enforcement_plan').values(row).execute();

export const updatePlan = (
  trx: Db,
  id: string,
  changes: Pick<
    Insertable<Database['enforcement_plan']>,
    'title' | 'frequency' | 'monthly_planned' | 'key_enterprise_ids'
  >,
) =>
  trx
    .updateTable('enforcement_plan')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .execute();

/** Per month of the plan: assignments drawn (by the draw's month) and inspected (by the day of inspection). */
export async function planCoverage(db: Db, planId: string, year: number) {
  const drawn = await db
    .selectFrom('enforcement_draw_assignment as a')
    .innerJoin('enforcement_draw as d', 'd.id', 'a.draw_id')
    .select(['d.month', (eb) => eb.fn.countAll<string>().as('n')])
    .where('d.plan_id', '=', planId)
    .groupBy('d.month')
    .execute();
  const done = await db
    .selectFrom('enforcement_draw_assignment as a')
    .innerJoin('enforcement_draw as d', 'd.id', 'a.draw_id')
    .select([
      sql<number>`extract(month from a.inspected_on)::int`.as('month'),
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .where('d.plan_id', '=', planId)
    .where(sql<SqlBool>`extract(year from a.inspected_on)::int = ${year}`)
    .groupBy(sql`extract(month from a.inspected_on)::int`)
    .execute();
  return {
    drawn: new Map(drawn.map((r) => [r.month, Number(r.n)])),
    done: new Map(done.map((r) => [Number(r.month), Number(r.n)])),
  };
}

/** The pairs of the plan's latest draw (the same pair is not drawn twice running). */
export async function latestDrawPairs(db: Db, planId: string) {
  const last = await db
    .selectFrom('enforcement_draw')
    .select('id')
    .where('plan_id', '=', planId)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return [];
  const rows = await db
    .selectFrom('enforcement_draw_assignment')
    .select(['enterprise_id', 'officer_ids'])
    .where('draw_id', '=', last.id)
    .execute();
  return rows.flatMap((r) => r.officer_ids.map((o) => ({ inspectorId: o, targetId: r.enterprise_id })));
}

export const insertDraw = (trx: Db, row: Insertable<Database['enforcement_draw']>) =>
  trx.insertInto('enforcement_draw').values(row).execute();

export const insertAssignments = (trx: Db, rows: Insertable<Database['enforcement_draw_assignment']>[]) =>
  rows.length ? trx.insertInto('enforcement_draw_assignment').values(rows).execute() : Promise.resolve([]);

const drawSelect = (db: Db, actor: Actor) =>
  db
    .selectFrom('enforcement_draw as d')
    .selectAll('d')
    .select(authorityScope(actor, 'd.division_code').as('in_scope'));
export type DrawRow = Awaited<ReturnType<ReturnType<typeof drawSelect>['executeTakeFirstOrThrow']>>;

export function listDraws(db: Db, actor: Actor, planId?: string) {
  let q = drawSelect(db, actor).where(authorityScope(actor, 'd.division_code'));
  if (planId) q = q.where('d.plan_id', '=', planId);
  return q.orderBy('d.published_at', 'desc').orderBy('d.id').limit(200).execute();
}

export const findDraw = (db: Db, actor: Actor, id: string) =>
  drawSelect(db, actor).where('d.id', '=', id).executeTakeFirst();

export const assignmentsOf = (db: Db, drawIds: readonly string[]) =>
  drawIds.length
    ? db
        .selectFrom('enforcement_draw_assignment')
        .selectAll()
        .select(sql<string | null>`inspected_on::text`.as('inspected_on'))
        .where('draw_id', 'in', drawIds)
        .orderBy('draw_id')
        .orderBy('seq')
        .execute()
    : Promise.resolve([]);

export const markInspected = (trx: Db, drawId: string, enterpriseId: string, on: string) =>
  trx
    .updateTable('enforcement_draw_assignment')
    .set({ inspected_on: on })
    .where('draw_id', '=', drawId)
    .where('enterprise_id', '=', enterpriseId)
    .returning(['seq', sql<string | null>`inspected_on::text`.as('before')])
    .executeTakeFirst();
