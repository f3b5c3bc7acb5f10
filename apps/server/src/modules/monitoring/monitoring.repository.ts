import { type Insertable, type Updateable, sql } from 'kysely';
import { subtreePrefix } from '@anjian/domain';
import type { Database } from '../../db/schema.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';

/** A point or an alarm belongs to its enterprise's division subtree and sector, and to the enterprise. */
const scopeOf = (actor: Actor, alias: string) =>
  inScope(actor, {
    division: `${alias}.division_code`,
    sector: `${alias}.sector`,
    enterprise: `${alias}.enterprise_id`,
  });

// ---- points ---------------------------------------------------------------------------------------

const pointSelect = (db: Db) =>
  db
    .selectFrom('monitoring_point as p')
    .innerJoin('major_hazard_unit as u', 'u.id', 'p.unit_id')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .selectAll('p')
    .select(['u.name as unit_name', 'e.name as enterprise_name', 'e.credit_code'])
    .where('p.retired_at', 'is', null);

export type PointRow = Awaited<ReturnType<ReturnType<typeof pointSelect>['executeTakeFirstOrThrow']>>;

export interface PointFilter {
  unitId?: string;
  enterpriseId?: string;
  divisionCode?: string;
}

function filtered(db: Db, actor: Actor, f: PointFilter) {
  let q = pointSelect(db).where(scopeOf(actor, 'p'));
  if (f.unitId) q = q.where('p.unit_id', '=', f.unitId);
  if (f.enterpriseId) q = q.where('p.enterprise_id', '=', f.enterpriseId);
  if (f.divisionCode) q = q.where('p.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`);
  return q;
}

export function listPoints(db: Db, actor: Actor, f: PointFilter, page: { page: number; pageSize: number }) {
  return filtered(db, actor, f)
    .orderBy('e.name')
    .orderBy('u.name')
    .orderBy('p.code')
    .orderBy('p.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
}

export async function countPoints(db: Db, actor: Actor, f: PointFilter) {
  const r = await filtered(db, actor, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function findPoint(db: Db, actor: Actor, id: string) {
  return pointSelect(db).select(scopeOf(actor, 'p').as('in_scope')).where('p.id', '=', id).executeTakeFirst();
}

export const insertPoint = (trx: Db, row: Insertable<Database['monitoring_point']>) =>
  trx.insertInto('monitoring_point').values(row).execute();

export const updatePoint = (trx: Db, id: string, changes: Updateable<Database['monitoring_point']>) =>
  trx.updateTable('monitoring_point').set(changes).where('id', '=', id).execute();

/** Another live point of the unit already carries this 位号? */
export async function codeTaken(db: Db, unitId: string, code: string, exceptId?: string) {
  let q = db
    .selectFrom('monitoring_point')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('code', '=', code)
    .where('retired_at', 'is', null);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** What the ingestor needs of the points a batch names (retired points are unknown to it). */
export function pointsForIngest(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('monitoring_point as p')
    .innerJoin('enterprise as e', 'e.id', 'p.enterprise_id')
    .select([
      'p.id',
      'p.unit_id',
      'p.enterprise_id',
      'e.credit_code',
      'p.division_code',
      'p.sector',
      'p.high',
      'p.high_high',
    ])
    .where('p.id', 'in', ids)
    .where('p.retired_at', 'is', null)
    .execute();
}

// ---- readings -------------------------------------------------------------------------------------

export interface MinuteAggregate {
  pointId: string;
  minute: Date;
  divisionCode: string;
  min: number;
  max: number;
  sum: number;
  count: number;
  last: number;
  lastAt: Date;
}

/** One statement per batch: each (point, minute) row created or merged with what is already stored. */
export async function upsertMinutes(trx: Db, rows: readonly MinuteAggregate[]) {
  if (rows.length === 0) return;
  await trx
    .insertInto('monitoring_minute')
    .values(
      rows.map((r) => ({
        point_id: r.pointId,
        minute: r.minute,
        division_code: r.divisionCode,
        min: r.min,
        max: r.max,
        sum: r.sum,
        count: r.count,
        last: r.last,
        last_at: r.lastAt,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['point_id', 'minute']).doUpdateSet({
        min: sql`LEAST(monitoring_minute.min, excluded.min)`,
        max: sql`GREATEST(monitoring_minute.max, excluded.max)`,
        sum: sql`monitoring_minute.sum + excluded.sum`,
        count: sql`monitoring_minute.count + excluded.count`,
        last: sql`CASE WHEN excluded.last_at >= monitoring_minute.last_at THEN excluded.last ELSE monitoring_minute.last END`,
        last_at: sql`GREATEST(monitoring_minute.last_at, excluded.last_at)`,
      }),
    )
    .execute();
}

/** The points' latest values, one statement per batch; an older reading never replaces a newer one. */
export async function updateLatest(trx: Db, rows: readonly { id: string; value: number; at: Date }[]) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.value}::double precision, ${r.at.toISOString()}::timestamptz)`),
  );
  await sql`UPDATE monitoring_point p SET last_value = v.value, last_at = v.at
    FROM (VALUES ${values}) AS v(id, value, at)
    WHERE p.id = v.id AND (p.last_at IS NULL OR p.last_at <= v.at)`.execute(trx);
}

export function trend(db: Db, pointId: string, since: Date) {
  return db
    .selectFrom('monitoring_minute')
    .select(['minute', 'min', 'max', 'sum', 'count', 'last'])
    .where('point_id', '=', pointId)
    .where('minute', '>=', since)
    .orderBy('minute')
    .execute();
}

/** Every point ever configured (retired ones keep their history until the retention ends it). */
export const allPointIds = async (db: Db) =>
  (await db.selectFrom('monitoring_point').select('id').orderBy('id').execute()).map((r) => r.id);

/**
 * Retention: deletes one point's per-minute aggregates older than `before` — a range of the primary key
 * (point_id, minute), so no index on minute alone is needed on the hot ingestion path.
 */
export async function pruneMinutes(db: Db, pointId: string, before: Date): Promise<number> {
  const r = await db
    .deleteFrom('monitoring_minute')
    .where('point_id', '=', pointId)
    .where('minute', '<', before)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

// ---- alarms ---------------------------------------------------------------------------------------

export function openAlarmsOf(db: Db, pointIds: readonly string[]) {
  if (pointIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('monitoring_alarm')
    .selectAll()
    .where('point_id', 'in', pointIds)
    .where('cleared_at', 'is', null)
    .execute();
}

export type AlarmInsert = Insertable<Database['monitoring_alarm']>;

/**
 * Raises alarms; one already open for the same point and class (a second instance got there) is kept.
 * Returns the ids of the alarms written (the new ones, to be notified).
 */
export async function insertAlarms(trx: Db, rows: readonly AlarmInsert[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const r = await sql<{ id: string }>`INSERT INTO monitoring_alarm
      (id, point_id, unit_id, enterprise_id, division_code, sector, kind, value, threshold, peak, raised_at)
    VALUES ${sql.join(
      rows.map(
        (r) =>
          sql`(${r.id}::uuid, ${r.point_id}::uuid, ${r.unit_id}::uuid, ${r.enterprise_id}::uuid, ${r.division_code}, ${r.sector}, ${r.kind}, ${r.value ?? null}::double precision, ${r.threshold ?? null}::double precision, ${r.peak ?? null}::double precision, ${(r.raised_at as Date).toISOString()}::timestamptz)`,
      ),
    )}
    ON CONFLICT (point_id, (kind = 'offline')) WHERE cleared_at IS NULL DO NOTHING
    RETURNING id`.execute(trx);
  return r.rows.map((x) => x.id);
}

export const updateAlarm = (trx: Db, id: string, changes: Updateable<Database['monitoring_alarm']>) =>
  trx.updateTable('monitoring_alarm').set(changes).where('id', '=', id).execute();

/** Points silent since `cutoff` (or never heard from since then) without an open 离线 alarm. */
export function silentPoints(db: Db, cutoff: Date) {
  return db
    .selectFrom('monitoring_point as p')
    .select(['p.id', 'p.unit_id', 'p.enterprise_id', 'p.division_code', 'p.sector', 'p.last_value'])
    .where('p.retired_at', 'is', null)
    .where(sql<boolean>`COALESCE(p.last_at, p.created_at) <= ${cutoff.toISOString()}::timestamptz`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('monitoring_alarm as a')
            .select('a.id')
            .whereRef('a.point_id', '=', 'p.id')
            .where('a.kind', '=', 'offline')
            .where('a.cleared_at', 'is', null),
        ),
      ),
    )
    .execute();
}

/** Open threshold alarms raised before `cutoff` that have not yet become a hazard. */
export function sustainedAlarms(db: Db, cutoff: Date) {
  return db
    .selectFrom('monitoring_alarm as a')
    .innerJoin('monitoring_point as p', 'p.id', 'a.point_id')
    .innerJoin('major_hazard_unit as u', 'u.id', 'a.unit_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select([
      'a.id',
      'a.kind',
      'a.value',
      'a.threshold',
      'a.peak',
      'a.raised_at',
      'a.enterprise_id',
      'e.division_code',
      'e.sector',
      'p.code as point_code',
      'p.name as point_name',
      'p.uom',
      'u.name as unit_name',
    ])
    .where('a.kind', 'in', ['high', 'high_high'])
    .where('a.cleared_at', 'is', null)
    .where('a.hazard_id', 'is', null)
    .where('a.raised_at', '<=', cutoff)
    .orderBy('a.raised_at')
    .forUpdate('a')
    .skipLocked()
    .execute();
}

const alarmSelect = (db: Db) =>
  db
    .selectFrom('monitoring_alarm as a')
    .innerJoin('monitoring_point as p', 'p.id', 'a.point_id')
    .innerJoin('major_hazard_unit as u', 'u.id', 'a.unit_id')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .selectAll('a')
    .select([
      'p.code as point_code',
      'p.name as point_name',
      'p.uom',
      'u.name as unit_name',
      'e.name as enterprise_name',
    ]);

export type AlarmRow = Awaited<ReturnType<ReturnType<typeof alarmSelect>['executeTakeFirstOrThrow']>>;

export interface AlarmFilter {
  open: boolean;
  kind?: string;
  divisionCode?: string;
  enterpriseId?: string;
  pointId?: string;
}

function alarmsFiltered(db: Db, actor: Actor, f: AlarmFilter) {
  let q = alarmSelect(db).where(scopeOf(actor, 'a'));
  if (f.open) q = q.where('a.cleared_at', 'is', null);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.divisionCode) q = q.where('a.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`);
  if (f.enterpriseId) q = q.where('a.enterprise_id', '=', f.enterpriseId);
  if (f.pointId) q = q.where('a.point_id', '=', f.pointId);
  return q;
}

export function listAlarms(db: Db, actor: Actor, f: AlarmFilter, page: { page: number; pageSize: number }) {
  return alarmsFiltered(db, actor, f)
    .orderBy('a.raised_at', 'desc')
    .orderBy('a.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
}

export async function countAlarms(db: Db, actor: Actor, f: AlarmFilter) {
  const r = await alarmsFiltered(db, actor, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function findAlarm(db: Db, actor: Actor, id: string) {
  return alarmSelect(db).select(scopeOf(actor, 'a').as('in_scope')).where('a.id', '=', id).executeTakeFirst();
}

export function lockAlarm(trx: Db, id: string) {
  return trx
    .selectFrom('monitoring_alarm')
    .select(['id', 'acknowledged_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** A retired point's open alarms end with it. */
export const clearOpenAlarms = (trx: Db, pointId: string, at: Date) =>
  trx
    .updateTable('monitoring_alarm')
    .set({ cleared_at: at })
    .where('point_id', '=', pointId)
    .where('cleared_at', 'is', null)
    .execute();

/**
 * The city's open alarms on the map: per enterprise in scope, its position and the open alarms by kind
 * (the worst decides the colour), most recent first.
 */
export function openAlarmsByEnterprise(db: Db, actor: Actor, limit: number) {
  return db
    .selectFrom('monitoring_alarm as a')
    .innerJoin('enterprise as e', 'e.id', 'a.enterprise_id')
    .select([
      'a.enterprise_id',
      'e.name as enterprise_name',
      'e.division_code',
      'e.longitude',
      'e.latitude',
      sql<number>`count(*) FILTER (WHERE a.kind = 'high_high')::int`.as('high_high'),
      sql<number>`count(*) FILTER (WHERE a.kind = 'high')::int`.as('high'),
      sql<number>`count(*) FILTER (WHERE a.kind = 'offline')::int`.as('offline'),
      sql<Date>`max(a.raised_at)`.as('last_raised_at'),
    ])
    .where(scopeOf(actor, 'a'))
    .where('a.cleared_at', 'is', null)
    .groupBy(['a.enterprise_id', 'e.name', 'e.division_code', 'e.longitude', 'e.latitude'])
    .orderBy(sql`max(a.raised_at)`, 'desc')
    .orderBy('a.enterprise_id')
    .limit(limit)
    .execute();
}
