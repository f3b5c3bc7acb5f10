import { type Expression, type InsertObject, type SqlBool, sql } from 'kysely';
import type { SelfInspectionListQuery } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Database, NewRows, RowChanges } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { riskScope } from '../risk/index.ts';

/* Reads of plans and tasks, always through the one data-scope rule (division, sector, own enterprise). */

export const planColumns = [
  'p.id',
  'p.enterprise_id',
  'p.division_code',
  'p.sector',
  'p.name',
  'p.frequency',
  'p.assignee',
  'p.items',
  sql<string>`p.starts_on::text`.as('starts_on'),
  sql<string | null>`p.ends_on::text`.as('ends_on'),
  'p.active',
  'p.created_at',
] as const;

/** Plans in scope with their enterprise and the task counts the completion rate needs (as of `today`). */
export function plansWhere(db: Db, actor: Actor, today: string) {
  return db
    .selectFrom('self_inspection_plan as p')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .select(planColumns)
    .select([
      'e.name as enterprise_name',
      (eb) =>
        eb
          .selectFrom('self_inspection_task as t')
          .whereRef('t.plan_id', '=', 'p.id')
          .select(
            sql<{
              total: number;
              due: number;
              on_time: number;
              late: number;
              missed: number;
            }>`json_build_object(
              'total', count(*),
              'due', count(*) FILTER (WHERE t.done_on IS NOT NULL OR t.period_end < ${today}::date),
              'on_time', count(*) FILTER (WHERE t.done_on <= t.period_end),
              'late', count(*) FILTER (WHERE t.done_on > t.period_end),
              'missed', count(*) FILTER (WHERE t.done_on IS NULL AND t.period_end < ${today}::date))`.as('c'),
          )
          .as('counts'),
    ])
    .where(riskScope(actor, 'p'));
}

/** The derived task states as SQL conditions (the same rule as the domain's taskState). */
export const stateCondition = (state: NonNullable<SelfInspectionListQuery['state']>, today: string) =>
  ({
    pending: sql<SqlBool>`t.done_on IS NULL AND t.period_end >= ${today}::date`,
    missed: sql<SqlBool>`t.done_on IS NULL AND t.period_end < ${today}::date`,
    done_on_time: sql<SqlBool>`t.done_on <= t.period_end`,
    done_late: sql<SqlBool>`t.done_on > t.period_end`,
  })[state] as Expression<SqlBool>;

export function tasksWhere(db: Db, actor: Actor) {
  return db
    .selectFrom('self_inspection_task as t')
    .innerJoin('self_inspection_plan as p', 'p.id', 't.plan_id')
    .innerJoin('enterprise as e', 'e.id', 't.enterprise_id')
    .select([
      't.id',
      't.plan_id',
      't.enterprise_id',
      't.division_code',
      't.sector',
      't.period_key',
      sql<string>`t.period_start::text`.as('period_start'),
      sql<string>`t.period_end::text`.as('period_end'),
      't.done_at',
      sql<string | null>`t.done_on::text`.as('done_on'),
      't.done_by_name',
      't.results',
      't.hazard_ids',
      't.comment',
      'p.name as plan_name',
      'p.frequency',
      'p.assignee',
      'p.items',
      'e.name as enterprise_name',
    ])
    .where(riskScope(actor, 't'));
}

/** A plan or task row and whether the actor's scope covers it; undefined when none exists. */
export async function scopedRow(
  db: Db,
  actor: Actor,
  table: 'self_inspection_plan' | 'self_inspection_task',
  id: string,
) {
  const r = await sql<{
    id: string;
    in_scope: boolean;
  }>`SELECT id, ${riskScope(actor)} AS in_scope FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return r.rows[0];
}

export const insertSelfInspectionPlan = (trx: Db, row: NewRows<'self_inspection_plan'>) =>
  trx.insertInto('self_inspection_plan').values(row).execute();

export const updateSelfInspectionPlan = (trx: Db, id: string, set: RowChanges<'self_inspection_plan'>) =>
  trx.updateTable('self_inspection_plan').set(set).where('id', '=', id).execute();

export const planStart = (db: Db, id: string) =>
  db
    .selectFrom('self_inspection_plan')
    .select(sql<string>`starts_on::text`.as('starts_on'))
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

/** Which of these hazards belong to the enterprise (results may link only its own). */
export const hazardsOfEnterprise = (db: Db, enterpriseId: string, ids: readonly string[]) =>
  db
    .selectFrom('hazard')
    .select('id')
    .where('id', 'in', ids)
    .where('enterprise_id', '=', enterpriseId)
    .execute();

/** Records a task as done unless it already is: two submissions racing, the second changes nothing. */
export const completeTask = (trx: Db, id: string, set: RowChanges<'self_inspection_task'>) =>
  trx
    .updateTable('self_inspection_task')
    .set(set)
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();

/** Active plans started by `today` (or one of them), each with the end of its newest task's period. */
export function activePlans(db: Db, today: string, planId?: string) {
  let plans = db
    .selectFrom('self_inspection_plan as p')
    .select([
      'p.id',
      'p.enterprise_id',
      'p.division_code',
      'p.sector',
      'p.frequency',
      sql<string>`p.starts_on::text`.as('starts_on'),
      sql<string | null>`p.ends_on::text`.as('ends_on'),
      (eb) =>
        eb
          .selectFrom('self_inspection_task as t')
          .whereRef('t.plan_id', '=', 'p.id')
          .select(sql<string | null>`max(t.period_end)::text`.as('m'))
          .as('last_end'),
    ])
    .where('p.active', '=', true)
    .where('p.starts_on', '<=', today);
  if (planId) plans = plans.where('p.id', '=', planId);
  return plans.execute();
}

/** Adds tasks in batches; a (plan, period) that exists already is skipped. Returns how many were added. */
export async function insertTasks(db: Db, rows: readonly InsertObject<Database, 'self_inspection_task'>[]) {
  let created = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const r = await db
      .insertInto('self_inspection_task')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['plan_id', 'period_key']).doNothing())
      .executeTakeFirst();
    created += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return created;
}
