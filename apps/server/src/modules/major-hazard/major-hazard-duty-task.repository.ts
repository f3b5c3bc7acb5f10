import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Insertable } from 'kysely';
import type { Actor } from '../../platform/access/actor.ts';
import { majorHazardScope } from './major-hazard.repository.ts';

/**
 * The 包保 persons that owe duties: each major source's role with a person, with the end of the role's
 * newest task (generation continues from there). The job's system read, or one unit's.
 */
export function dutyHolders(db: Db, unitId?: string) {
  let q = db
    .selectFrom('major_hazard_guarantor as g')
    .innerJoin('major_hazard_unit as u', 'u.id', 'g.unit_id')
    .select(['g.unit_id', 'g.role', 'u.enterprise_id', 'u.division_code', 'u.sector'])
    .select(
      sql<string | null>`(SELECT max(t.period_end)::text FROM major_hazard_duty_task t
        WHERE t.unit_id = g.unit_id AND t.role = g.role)`.as('last_end'),
    )
    .where('u.is_major', '=', true);
  if (unitId) q = q.where('g.unit_id', '=', unitId);
  return q.execute();
}

/** Idempotent by (unit, role, period_start): a rerun or a second instance adds nothing twice. */
export async function insertDutyTasks(db: Db, rows: Insertable<Database['major_hazard_duty_task']>[]) {
  let n = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const r = await db
      .insertInto('major_hazard_duty_task')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['unit_id', 'role', 'period_start']).doNothing())
      .executeTakeFirst();
    n += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return n;
}

/** Open tasks whose period already holds a duty check (recorded before the task existed) are done by it. */
export function completeFromChecks(db: Db, unitId?: string) {
  const match = sql`c.unit_id = t.unit_id AND c.role = t.role
    AND c.performed_on >= t.period_start AND c.performed_on < t.period_end`;
  return sql`UPDATE major_hazard_duty_task t SET done_at = now(),
      check_id = (SELECT c.id FROM major_hazard_duty_check c WHERE ${match}
        ORDER BY c.performed_on, c.created_at LIMIT 1)
    WHERE t.done_at IS NULL ${unitId ? sql`AND t.unit_id = ${unitId}` : sql``}
      AND EXISTS (SELECT 1 FROM major_hazard_duty_check c WHERE ${match})`.execute(db);
}

/** A duty check completes the open task of its role whose period holds its date. */
export function completeTask(db: Db, unitId: string, role: string, on: string, checkId: string) {
  return db
    .updateTable('major_hazard_duty_task')
    .set({ done_at: new Date(), check_id: checkId })
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .where('period_start', '<=', on)
    .where('period_end', '>', on)
    .where('done_at', 'is', null)
    .execute();
}

/** Open tasks not yet ended: of a role whose cycle changed, or of roles a source no longer has a person for. */
export function deleteOpenTasks(
  db: Db,
  today: string,
  f: { role?: string; unitId?: string; keepRoles?: string[] },
) {
  let q = db
    .deleteFrom('major_hazard_duty_task')
    .where('done_at', 'is', null)
    .where('period_end', '>', today);
  if (f.role) q = q.where('role', '=', f.role);
  if (f.unitId) q = q.where('unit_id', '=', f.unitId);
  if (f.keepRoles?.length) q = q.where('role', 'not in', f.keepRoles);
  return q.execute();
}

/**
 * Per unit and role, over the tasks ending after `from`: done, due (ended or done), the end of the earliest
 * open task, and whether an ended task is open (overdue).
 */
export function taskStats(db: Db, unitIds: readonly string[], from: string, today: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('major_hazard_duty_task')
    .select(['unit_id', 'role'])
    .select([
      sql<string>`count(*) FILTER (WHERE done_at IS NOT NULL)`.as('done'),
      sql<string>`count(*) FILTER (WHERE done_at IS NOT NULL OR period_end <= ${today}::date)`.as('due'),
      sql<string | null>`(min(period_end) FILTER (WHERE done_at IS NULL))::text`.as('next_end'),
      sql<boolean>`coalesce(bool_or(done_at IS NULL AND period_end <= ${today}::date), false)`.as('overdue'),
    ])
    .where('unit_id', 'in', unitIds)
    .where('period_end', '>', from)
    .groupBy(['unit_id', 'role'])
    .execute();
}

/** The tasks the actor may see (scoped like the units), newest period first. */
export function listDutyTasks(
  db: Db,
  actor: Actor,
  f: { unitId?: string; status?: 'open' | 'overdue' | 'done' },
  today: string,
  limit = 500,
) {
  let q = db
    .selectFrom('major_hazard_duty_task as t')
    .innerJoin('major_hazard_unit as u', 'u.id', 't.unit_id')
    .innerJoin('enterprise as e', 'e.id', 't.enterprise_id')
    .select(['t.id', 't.unit_id', 'u.name as unit_name', 'e.name as enterprise_name', 't.role', 't.check_id'])
    .select([
      sql<string>`t.period_start::text`.as('period_start'),
      sql<string>`t.period_end::text`.as('period_end'),
      sql<string | null>`t.done_at`.as('done_at'),
    ])
    .where(majorHazardScope(actor))
    .orderBy('t.period_end', 'desc')
    .orderBy('u.name')
    .orderBy('t.role')
    .limit(limit);
  if (f.unitId) q = q.where('t.unit_id', '=', f.unitId);
  if (f.status === 'done') q = q.where('t.done_at', 'is not', null);
  if (f.status === 'open') q = q.where('t.done_at', 'is', null);
  if (f.status === 'overdue') q = q.where('t.done_at', 'is', null).where('t.period_end', '<=', today);
  return q.execute();
}
