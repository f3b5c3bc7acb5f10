import { type SqlBool, sql } from 'kysely';
import { subtreePrefix } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import { enterpriseScope } from './enterprise.repository.ts';

/** The enterprises of `ids` with what an assignment is checked against, and whether each is in scope. */
export function enterprisesForAssignment(db: Db, actor: Actor, ids: string[]) {
  return db
    .selectFrom('enterprise as e')
    .select([
      'e.id',
      'e.name',
      'e.division_code',
      'e.sector',
      'e.secondary_sectors',
      'e.grid_user_id',
      'e.industry_department_id',
      'e.industry_person',
      'e.enterprise_person',
      'e.supervision_focus',
    ])
    .select(enterpriseScope(actor).as('in_scope'))
    .where('e.id', 'in', ids)
    .execute();
}

export const findGridUser = (db: Db, id: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'role_code', 'division_code', 'status', 'display_name'])
    .where('id', '=', id)
    .executeTakeFirst();

export const findDepartmentForAssignment = (db: Db, id: string) =>
  db
    .selectFrom('department')
    .select(['id', 'name', 'division_code', 'sectors'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Live enterprises (not closed or banned) count for supervision coverage. */
const LIVE = sql<SqlBool>`e.status IN ('normal', 'suspended')`;

/**
 * Per child division of `division`: live enterprises, and how many lack a territorial (属地) or an
 * industry (行业) supervisor — the "横向到边、纵向到底" gaps.
 */
export function coverageByDivision(db: Db, actor: Actor, division: string, childLength: number) {
  const child = sql<string>`left(e.division_code, ${sql.lit(childLength)})`; // a literal: GROUP BY must see the same expression
  return db
    .selectFrom('enterprise as e')
    .select([
      child.as('code'),
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) FILTER (WHERE e.grid_user_id IS NULL)`.as('no_territorial'),
      sql<number>`count(*) FILTER (WHERE e.industry_department_id IS NULL)`.as('no_industry'),
    ])
    .where(enterpriseScope(actor))
    .where('e.division_code', 'like', `${subtreePrefix(division)}%`)
    .where(LIVE)
    .groupBy(child)
    .orderBy(child)
    .execute();
}

/** Grid members under `division` visible to the actor, with the live enterprises assigned to each. */
export function gridWorkload(db: Db, actor: Actor, division: string) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('division as v', 'v.code', 'u.division_code')
    .select(['u.id', 'u.display_name', 'u.division_code', 'v.name as division_name'])
    .select((eb) =>
      eb
        .selectFrom('enterprise as e')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('e.grid_user_id', '=', 'u.id')
        .where(enterpriseScope(actor))
        .where(LIVE)
        .as('enterprises'),
    )
    .where('u.role_code', '=', 'grid_member')
    .where('u.status', '=', 'active')
    .where(inScope(actor, { division: 'u.division_code' }))
    .where('u.division_code', 'like', `${subtreePrefix(division)}%`)
    .orderBy('u.division_code')
    .orderBy('u.display_name')
    .execute();
}

export const divisionNames = async (db: Db, codes: string[]) =>
  new Map(
    codes.length
      ? (await db.selectFrom('division').select(['code', 'name']).where('code', 'in', codes).execute()).map(
          (r) => [r.code, r.name],
        )
      : [],
  );
