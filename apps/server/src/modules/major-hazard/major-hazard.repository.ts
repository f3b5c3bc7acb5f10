import { sql } from 'kysely';
import { subtreePrefix } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
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
    .select([
      'e.name as enterprise_name',
      'e.longitude as enterprise_longitude',
      'e.latitude as enterprise_latitude',
      'v.name as division_name',
    ]);

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
