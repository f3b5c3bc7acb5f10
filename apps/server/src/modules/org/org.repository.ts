import type { Db } from '../../db/database.ts';
import type { NewRows, RowChanges } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import { type ListDepartmentsQuery, subtreePrefix } from '@anjian/domain';

export const divisionScope = (actor: Actor) => inScope(actor, { division: 'division.code' });
export const departmentScope = (actor: Actor) => inScope(actor, { division: 'd.division_code' });

export function childDivisions(db: Db, actor: Actor, parent: string) {
  return db
    .selectFrom('division')
    .select(['code', 'name', 'level', 'parent_code'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('division as c').select('c.code').whereRef('c.parent_code', '=', 'division.code'),
        )
        .as('has_children'),
    )
    .where('parent_code', '=', parent)
    .where(divisionScope(actor))
    .orderBy('code')
    .execute();
}

/** The topmost divisions the actor can see: its own division, or the installation's root for 'all'. */
export function rootDivisions(db: Db, actor: Actor, region: string) {
  const roots =
    actor.divisionCode &&
    actor.role &&
    !['system_admin', 'security_admin', 'audit_admin'].includes(actor.role)
      ? actor.divisionCode
      : region;
  return db
    .selectFrom('division')
    .select(['code', 'name', 'level', 'parent_code'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('division as c').select('c.code').whereRef('c.parent_code', '=', 'division.code'),
        )
        .as('has_children'),
    )
    .where('code', '=', roots)
    .where(divisionScope(actor))
    .execute();
}

export function findDivision(db: Db, actor: Actor, code: string) {
  return db
    .selectFrom('division')
    .select(['code', 'name', 'level', 'parent_code'])
    .select(divisionScope(actor).as('in_scope'))
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Ancestors of a division, root first, found by the code prefixes that name them. */
export function divisionPath(db: Db, code: string) {
  const prefixes = [
    code.slice(0, 2) + '0000',
    code.slice(0, 4) + '00',
    code.slice(0, 6),
    code.slice(0, 9),
    code.slice(0, 12),
  ];
  return db
    .selectFrom('division')
    .select(['code', 'name'])
    .where('code', 'in', [...new Set(prefixes)])
    .orderBy('code')
    .execute();
}

const departmentSelect = (db: Db) =>
  db
    .selectFrom('department as d')
    .innerJoin('division as v', 'v.code', 'd.division_code')
    .select([
      'd.id',
      'd.name',
      'd.short_name',
      'd.division_code',
      'v.name as division_name',
      'd.sectors',
      'd.duties',
    ])
    .select((eb) =>
      eb
        .selectFrom('app_user as u')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('u.department_id', '=', 'd.id')
        .as('user_count'),
    );

export type DepartmentRow = Awaited<
  ReturnType<ReturnType<typeof departmentSelect>['executeTakeFirstOrThrow']>
>;

export async function listDepartments(db: Db, actor: Actor, q: ListDepartmentsQuery) {
  let query = db.selectFrom('department as d').where(departmentScope(actor));
  if (q.q)
    query = query.where((eb) =>
      eb.or([eb('d.name', 'ilike', `%${q.q}%`), eb('d.short_name', 'ilike', `%${q.q}%`)]),
    );
  if (q.divisionCode) query = query.where('d.division_code', 'like', `${subtreePrefix(q.divisionCode)}%`);
  const [items, count] = await Promise.all([
    departmentSelect(db)
      .where('d.id', 'in', query.select('d.id'))
      .orderBy('d.division_code')
      .orderBy('d.name')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export function findDepartment(db: Db, actor: Actor, id: string) {
  return departmentSelect(db)
    .select(departmentScope(actor).as('in_scope'))
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** Whether a division code is in the reference table (any scope: callers check writability themselves). */
export const divisionExists = async (db: Db, code: string) =>
  !!(await db.selectFrom('division').select('code').where('code', '=', code).executeTakeFirst());

export const insertDepartment = (trx: Db, row: NewRows<'department'>) =>
  trx.insertInto('department').values(row).execute();

export const updateDepartment = (trx: Db, id: string, set: RowChanges<'department'>) =>
  trx.updateTable('department').set(set).where('id', '=', id).execute();

export const listSectors = (db: Db) =>
  db.selectFrom('sector').select(['code', 'name']).orderBy('sort').execute();

/** A department's users follow it to its new division (their scope is the department's). */
export const moveDepartmentUsers = (trx: Db, departmentId: string, divisionCode: string) =>
  trx
    .updateTable('app_user')
    .set({ division_code: divisionCode })
    .where('department_id', '=', departmentId)
    .execute();

export const deleteDepartment = (trx: Db, id: string) =>
  trx.deleteFrom('department').where('id', '=', id).execute();

/** Which of these division codes exist (an import's rows are checked in one query). */
export const knownDivisions = async (db: Db, codes: readonly string[]) =>
  new Set(
    codes.length
      ? (await db.selectFrom('division').select('code').where('code', 'in', codes).execute()).map(
          (d) => d.code,
        )
      : [],
  );
