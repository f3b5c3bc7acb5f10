import { sql } from 'kysely';
import { subtreePrefix } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { NewRows, RowChanges } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';

/** A unit belongs to its enterprise's division subtree and sector, and to the enterprise. */
export const majorHazardScope = (actor: Actor, alias = 'u') =>
  inScope(actor, {
    division: `${alias}.division_code`,
    sector: `${alias}.sector`,
    enterprise: `${alias}.enterprise_id`,
  });

const baseSelect = (db: Db) =>
  db
    .selectFrom('major_hazard_unit as u')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .innerJoin('division as v', 'v.code', 'u.division_code')
    .selectAll('u')
    .select(['e.name as enterprise_name', 'v.name as division_name']);

export type UnitRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export interface UnitFilter {
  divisionCode?: string;
  level?: string;
  majorOnly?: boolean;
  enterpriseId?: string;
}

export function listUnits(db: Db, actor: Actor, f: UnitFilter, page?: { page: number; pageSize: number }) {
  let q = baseSelect(db).where(majorHazardScope(actor));
  if (f.divisionCode) q = q.where('u.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`);
  if (f.level) q = q.where('u.level', '=', f.level);
  if (f.majorOnly) q = q.where('u.is_major', '=', true);
  if (f.enterpriseId) q = q.where('u.enterprise_id', '=', f.enterpriseId);
  q = q
    .orderBy(sql`u.level NULLS LAST`)
    .orderBy('e.name')
    .orderBy('u.name')
    .orderBy('u.id');
  if (page) q = q.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  return q.execute();
}

export async function countUnits(db: Db, actor: Actor, f: UnitFilter) {
  let q = db.selectFrom('major_hazard_unit as u').where(majorHazardScope(actor));
  if (f.divisionCode) q = q.where('u.division_code', 'like', `${subtreePrefix(f.divisionCode)}%`);
  if (f.level) q = q.where('u.level', '=', f.level);
  if (f.majorOnly) q = q.where('u.is_major', '=', true);
  if (f.enterpriseId) q = q.where('u.enterprise_id', '=', f.enterpriseId);
  const r = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The unit with its `in_scope` flag (for foundInScope). */
export function findUnit(db: Db, actor: Actor, id: string) {
  return baseSelect(db)
    .select(majorHazardScope(actor).as('in_scope'))
    .where('u.id', '=', id)
    .executeTakeFirst();
}

export function assessments(db: Db, unitId: string) {
  return db
    .selectFrom('major_hazard_assessment')
    .selectAll()
    .where('unit_id', '=', unitId)
    .orderBy('revision', 'desc')
    .execute();
}

/** The enterprise's division and sector, which its units inherit. */
export function enterpriseHome(db: Db, enterpriseId: string) {
  return db
    .selectFrom('enterprise')
    .select(['division_code', 'sector'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
}

export async function unitNameTaken(db: Db, enterpriseId: string, name: string) {
  const row = await db
    .selectFrom('major_hazard_unit')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertUnit(db: Db, values: NewRows<'major_hazard_unit'>) {
  return db.insertInto('major_hazard_unit').values(values).execute();
}

export function insertAssessment(db: Db, values: NewRows<'major_hazard_assessment'>) {
  return db.insertInto('major_hazard_assessment').values(values).execute();
}

/** The unit's current revision, row-locked for the edit that makes the next one. */
export async function lockRevision(db: Db, unitId: string) {
  const row = await db
    .selectFrom('major_hazard_unit')
    .select('revision')
    .where('id', '=', unitId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.revision;
}

export function updateUnit(db: Db, unitId: string, changes: RowChanges<'major_hazard_unit'>) {
  return db.updateTable('major_hazard_unit').set(changes).where('id', '=', unitId).execute();
}
