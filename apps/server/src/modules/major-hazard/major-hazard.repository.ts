import { type Expression, type SqlBool, sql } from 'kysely';
import { EVALUATION_RULE, type MajorHazardGap, subtreePrefix } from '@anjian/domain';
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
    .leftJoin('major_hazard_registration as r', 'r.unit_id', 'u.id')
    .selectAll('u')
    .select([
      'e.name as enterprise_name',
      'e.credit_code as enterprise_credit_code',
      'e.longitude as enterprise_longitude',
      'e.latitude as enterprise_latitude',
      'v.name as division_name',
      'r.record_no',
      'r.evaluated_revision',
    ])
    // dates as ISO text (node-postgres would read them as local-midnight Dates)
    .select([
      sql<string | null>`r.registered_on::text`.as('registered_on'),
      sql<string | null>`r.evaluated_on::text`.as('evaluated_on'),
    ]);

export type UnitRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export interface UnitFilter {
  divisionCode?: string;
  level?: string;
  majorOnly?: boolean;
  enterpriseId?: string;
  gap?: MajorHazardGap;
}

/**
 * The worklists' conditions, the same as the domain's (registration.ts): a major source lacking one of the
 * three 包保责任人; one whose 安全评估 is missing, older than the inventory, or past its 3 years on `today`.
 */
export function gapWhere(gap: MajorHazardGap, today: string): Expression<SqlBool> {
  if (gap === 'guarantor')
    return sql<SqlBool>`u.is_major AND (SELECT count(*) FROM major_hazard_guarantor g WHERE g.unit_id = u.id) < 3`;
  if (gap === 'duty')
    // an open 包保 duty task whose period has ended (major_hazard_duty_task)
    return sql<SqlBool>`u.is_major AND EXISTS (SELECT 1 FROM major_hazard_duty_task t
      WHERE t.unit_id = u.id AND t.done_at IS NULL AND t.period_end <= ${today}::date)`;
  return sql<SqlBool>`u.is_major AND (r.evaluated_on IS NULL OR r.evaluated_revision < u.revision
    OR (r.evaluated_on + make_interval(years => ${EVALUATION_RULE.years}))::date < ${today}::date)`;
}

function filterWhere(f: UnitFilter, today: string): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (f.divisionCode) parts.push(sql<SqlBool>`u.division_code LIKE ${`${subtreePrefix(f.divisionCode)}%`}`);
  if (f.level) parts.push(sql<SqlBool>`u.level = ${f.level}`);
  if (f.majorOnly) parts.push(sql<SqlBool>`u.is_major`);
  if (f.enterpriseId) parts.push(sql<SqlBool>`u.enterprise_id = ${f.enterpriseId}`);
  if (f.gap) parts.push(gapWhere(f.gap, today));
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` AND `)})` : sql<SqlBool>`true`;
}

export function listUnits(
  db: Db,
  actor: Actor,
  f: UnitFilter,
  today: string,
  page?: { page: number; pageSize: number },
) {
  let q = baseSelect(db)
    .where(majorHazardScope(actor))
    .where(filterWhere(f, today))
    .orderBy(sql`u.level NULLS LAST`)
    .orderBy('e.name')
    .orderBy('u.name')
    .orderBy('u.id');
  if (page) q = q.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  return q.execute();
}

export async function countUnits(db: Db, actor: Actor, f: UnitFilter, today: string) {
  const r = await db
    .selectFrom('major_hazard_unit as u')
    .leftJoin('major_hazard_registration as r', 'r.unit_id', 'u.id')
    .where(majorHazardScope(actor))
    .where(filterWhere(f, today))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
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

export function enterpriseOf(db: Db, enterpriseId: string) {
  return db
    .selectFrom('enterprise')
    .select(['division_code', 'sector'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
}

export async function nameTaken(db: Db, enterpriseId: string, name: string) {
  return !!(await db
    .selectFrom('major_hazard_unit')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('name', '=', name)
    .executeTakeFirst());
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
