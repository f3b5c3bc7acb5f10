import { type Selectable, sql } from 'kysely';
import type { RiskListQuery } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Database, NewRows } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { RiskTableName } from './risk-model.table.ts';

/** The one data-scope rule for the risk model: the enterprise's division and sector (copied onto each row), own enterprise, contracts. */
export const riskScope = (actor: Actor, alias?: string) => {
  const c = (col: string) => (alias ? `${alias}.${col}` : col);
  return inScope(actor, {
    division: c('division_code'),
    sector: c('sector'),
    enterprise: c('enterprise_id'),
  });
};

export type Row<T extends RiskTableName> = Selectable<Database[T]>;

/** A row of a risk-model table and whether the actor's scope covers it; undefined when none exists. */
export async function scopedRow<T extends RiskTableName>(
  db: Db,
  actor: Actor,
  table: T,
  id: string,
): Promise<(Row<T> & { in_scope: boolean }) | undefined> {
  const r = await sql<
    Row<T> & { in_scope: boolean }
  >`SELECT *, ${riskScope(actor)} AS in_scope FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return r.rows[0];
}

/** The enterprise a risk object names, with whether the actor's scope covers it (enterprise scope rule). */
export function enterpriseInScope(db: Db, actor: Actor, enterpriseId: string) {
  return db
    .selectFrom('enterprise as e')
    .select([
      'e.id',
      'e.name',
      'e.division_code',
      'e.sector',
      inScope(actor, {
        division: 'e.division_code',
        sector: 'e.sector',
        secondarySectors: 'e.secondary_sectors',
        enterprise: 'e.id',
      }).as('in_scope'),
    ])
    .where('e.id', '=', enterpriseId)
    .executeTakeFirst();
}

export function listObjects(db: Db, actor: Actor, q: RiskListQuery & { id?: string }) {
  let query = db
    .selectFrom('risk_object as o')
    .innerJoin('enterprise as e', 'e.id', 'o.enterprise_id')
    .selectAll('o')
    .select([
      'e.name as enterprise_name',
      (eb) =>
        eb
          .selectFrom('risk_unit as u')
          .whereRef('u.object_id', '=', 'o.id')
          .select((x) => x.fn.countAll<number>().as('n'))
          .as('unit_count'),
    ])
    .where(riskScope(actor, 'o'));
  if (q.enterpriseId) query = query.where('o.enterprise_id', '=', q.enterpriseId);
  if (q.id) query = query.where('o.id', '=', q.id);
  return query.orderBy('e.name').orderBy('o.created_at').orderBy('o.id').limit(1000).execute();
}

export function listUnits(db: Db, actor: Actor, q: RiskListQuery) {
  let query = db
    .selectFrom('risk_unit as u')
    .innerJoin('risk_object as o', 'o.id', 'u.object_id')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .selectAll('u')
    .select(['o.name as object_name', 'o.kind as object_kind', 'e.name as enterprise_name'])
    .where(riskScope(actor, 'u'));
  if (q.enterpriseId) query = query.where('u.enterprise_id', '=', q.enterpriseId);
  if (q.objectId) query = query.where('u.object_id', '=', q.objectId);
  return query.orderBy('e.name').orderBy('u.created_at').orderBy('u.id').limit(2000).execute();
}
export type UnitListRow = Awaited<ReturnType<typeof listUnits>>[number];

/** Event levels in scope (optionally of one enterprise or unit): the input of the grade rule. */
export function eventLevels(
  db: Db,
  actor: Actor,
  f: { enterpriseId?: string; unitId?: string; enterpriseIds?: string[] } = {},
) {
  let query = db
    .selectFrom('risk_event as v')
    .select(['v.unit_id', 'v.enterprise_id', 'v.level'])
    .where(riskScope(actor, 'v'));
  if (f.enterpriseId) query = query.where('v.enterprise_id', '=', f.enterpriseId);
  if (f.unitId) query = query.where('v.unit_id', '=', f.unitId);
  return query.execute();
}

/** A unit's events, measures, tasks (with the last record's time), all in scope. */
export async function unitContents(db: Db, actor: Actor, unitId: string) {
  const [events, measures, tasks] = await Promise.all([
    db
      .selectFrom('risk_event as v')
      .selectAll('v')
      .where('v.unit_id', '=', unitId)
      .where(riskScope(actor, 'v'))
      .orderBy('v.score', 'desc')
      .orderBy('v.id')
      .execute(),
    db
      .selectFrom('risk_measure as m')
      .selectAll('m')
      .where('m.unit_id', '=', unitId)
      .where(riskScope(actor, 'm'))
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute(),
    tasksWhere(db, actor).where('t.unit_id', '=', unitId).execute(),
  ]);
  return { events, measures, tasks };
}

/** Tasks in scope with the last record's time (next due is derived from it). */
export function tasksWhere(db: Db, actor: Actor) {
  return db
    .selectFrom('risk_check_task as t')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('risk_check_record as r')
        .whereRef('r.task_id', '=', 't.id')
        .select((x) => x.fn.max('r.checked_at').as('m'))
        .as('last_checked_at'),
    )
    .where(riskScope(actor, 't'))
    .orderBy('t.created_at')
    .orderBy('t.id');
}
export type TaskRow = Awaited<ReturnType<ReturnType<typeof tasksWhere>['execute']>>[number];

export function records(db: Db, actor: Actor, taskId: string) {
  return db
    .selectFrom('risk_check_record as r')
    .selectAll('r')
    .where('r.task_id', '=', taskId)
    .where(riskScope(actor, 'r'))
    .orderBy('r.checked_at', 'desc')
    .orderBy('r.id')
    .limit(500)
    .execute();
}

/** Unit header for the detail, the card and the public page. */
export function unitHeader(db: Db, unitId: string) {
  return db
    .selectFrom('risk_unit as u')
    .innerJoin('risk_object as o', 'o.id', 'u.object_id')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .selectAll('u')
    .select(['o.name as object_name', 'o.kind as object_kind', 'e.name as enterprise_name'])
    .where('u.id', '=', unitId)
    .executeTakeFirst();
}
export type UnitHeaderRow = NonNullable<Awaited<ReturnType<typeof unitHeader>>>;

export const insertRiskObject = (trx: Db, row: NewRows<'risk_object'>) =>
  trx.insertInto('risk_object').values(row).execute();

export const insertRiskUnit = (trx: Db, row: NewRows<'risk_unit'>) =>
  trx.insertInto('risk_unit').values(row).execute();

export const insertRiskEvent = (trx: Db, row: NewRows<'risk_event'>) =>
  trx.insertInto('risk_event').values(row).execute();

export const insertRiskMeasure = (trx: Db, row: NewRows<'risk_measure'>) =>
  trx.insertInto('risk_measure').values(row).execute();

export const insertRiskCheckTask = (trx: Db, row: NewRows<'risk_check_task'>) =>
  trx.insertInto('risk_check_task').values(row).execute();

export const insertRiskCheckRecord = (trx: Db, row: NewRows<'risk_check_record'>) =>
  trx.insertInto('risk_check_record').values(row).execute();

/** A hazard a check record may link to: in the actor's scope, with its enterprise. */
export const hazardInScope = (db: Db, actor: Actor, id: string) =>
  db
    .selectFrom('hazard')
    .select(['id', 'enterprise_id'])
    .where('id', '=', id)
    .where(riskScope(actor))
    .executeTakeFirst();

/** The tables of the risk model a user edits and deletes row by row (a 排查记录 is evidence: never). */
export type EditableRiskTable = Exclude<RiskTableName, 'risk_check_record'>;

/** A row, locked for this transaction. */
export const lockRiskRow = (trx: Db, table: EditableRiskTable, id: string) =>
  trx.selectFrom(table).selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** Sets the given columns of one row (the caller passes only the fields given). */
export const updateRiskRow = (
  trx: Db,
  table: EditableRiskTable,
  id: string,
  columns: Record<string, unknown>,
) =>
  trx
    .updateTable(table)
    .set(columns as never)
    .where('id', '=', id)
    .execute();

/** Deletes one row; the foreign keys cascade to what lies beneath it. */
export const deleteRiskRow = (trx: Db, table: EditableRiskTable, id: string) =>
  trx.deleteFrom(table).where('id', '=', id).execute();

/** The 排查任务 beneath a row, through the parent columns each table carries. */
const tasksUnder = (table: EditableRiskTable, id: string) =>
  ({
    risk_check_task: sql`t.id = ${id}`,
    risk_measure: sql`t.measure_id = ${id}`,
    risk_event: sql`t.measure_id IN (SELECT m.id FROM risk_measure m WHERE m.event_id = ${id})`,
    risk_unit: sql`t.unit_id = ${id}`,
    risk_object: sql`t.unit_id IN (SELECT u.id FROM risk_unit u WHERE u.object_id = ${id})`,
  })[table];

/**
 * Locks the tasks beneath a row (a new 排查记录 takes a key-share lock on its task, so none can slip in
 * before the delete) and counts their records and the hazards those records link.
 */
export async function evidenceUnder(trx: Db, table: EditableRiskTable, id: string) {
  const under = tasksUnder(table, id);
  const locked = await sql<{ id: string }>`
    SELECT t.id FROM risk_check_task t WHERE ${under} FOR UPDATE`.execute(trx);
  const { rows } = await sql<{ records: number; hazards: number }>`
    SELECT count(*)::int AS records, count(DISTINCT r.hazard_id)::int AS hazards
    FROM risk_check_record r JOIN risk_check_task t ON t.id = r.task_id WHERE ${under}`.execute(trx);
  return { tasks: locked.rows.length, records: rows[0]?.records ?? 0, hazards: rows[0]?.hazards ?? 0 };
}

/** Units whose phone is still plain text (written before DC-02 sealing). */
export function unsealedUnitPhones(db: Db) {
  return db
    .selectFrom('risk_unit')
    .select(['id', 'responsible_phone'])
    .where('responsible_phone', 'is not', null)
    .where('responsible_phone', 'not like', 'sm4:1:%')
    .execute();
}
