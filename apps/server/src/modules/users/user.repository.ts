import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { ListUsersQuery } from '@anjian/domain';
import { subtreePrefix } from '@anjian/domain';

/** Users are scoped by their division (a department user carries its department's division). */
export const userScope = (actor: Actor) => inScope(actor, { division: 'u.division_code' });

const baseSelect = (db: Db) =>
  db
    .selectFrom('app_user as u')
    .leftJoin('department as d', 'd.id', 'u.department_id')
    .leftJoin('division as v', 'v.code', 'u.division_code')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role_code',
      'u.division_code',
      'v.name as division_name',
      'u.department_id',
      'd.name as department_name',
      'u.enterprise_id',
      'u.agency_id',
      'u.clearance',
      'u.status',
      'u.locked_until',
      'u.totp_enabled',
      'u.must_change_password',
      'u.expires_at',
      'u.last_login_at',
      'u.created_at',
    ]);

export type UserRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export async function listUsers(db: Db, actor: Actor, q: ListUsersQuery) {
  let query = db
    .selectFrom('app_user as u')
    .leftJoin('department as d', 'd.id', 'u.department_id')
    .where(userScope(actor));
  if (q.q)
    query = query.where((eb) =>
      eb.or([eb('u.username', 'ilike', `%${q.q}%`), eb('u.display_name', 'ilike', `%${q.q}%`)]),
    );
  if (q.role) query = query.where('u.role_code', '=', q.role);
  if (q.status) query = query.where('u.status', '=', q.status);
  if (q.divisionCode) query = query.where('u.division_code', 'like', `${subtreePrefix(q.divisionCode)}%`);
  const ids = query.select('u.id');
  const [items, count] = await Promise.all([
    baseSelect(db)
      .where('u.id', 'in', ids)
      .orderBy('u.created_at', 'desc')
      .orderBy('u.username')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** A user and whether the actor's scope covers it; null when no such user exists. */
export async function findUser(db: Db, actor: Actor, id: string) {
  return baseSelect(db).select(userScope(actor).as('in_scope')).where('u.id', '=', id).executeTakeFirst();
}

export const findUserForUpdate = (trx: Db, id: string) =>
  trx.selectFrom('app_user').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const findUserByUsername = (db: Db, username: string) =>
  db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export const usernameTaken = async (db: Db, username: string) =>
  !!(await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst());

export const insertUser = (trx: Db, row: Insertable<Database['app_user']>) =>
  trx.insertInto('app_user').values(row).execute();

export const updateAccount = (trx: Db, id: string, changes: Updateable<Database['app_user']>) =>
  trx.updateTable('app_user').set(changes).where('id', '=', id).execute();

/** The names of the division and department an account is attached to, for the signed-in user's card. */
export const orgNamesOf = (db: Db, id: string) =>
  db
    .selectFrom('app_user as u')
    .leftJoin('division as v', 'v.code', 'u.division_code')
    .leftJoin('department as d', 'd.id', 'u.department_id')
    .select(['v.name as division_name', 'd.name as department_name'])
    .where('u.id', '=', id)
    .executeTakeFirst();

/** What an attachment names, looked up at once: which of them exist, and a department's division. */
export async function attachmentTargets(
  db: Db,
  ids: { enterpriseId?: string | null; agencyId?: string | null; departmentId?: string | null },
) {
  const [enterprise, agency, department] = await Promise.all([
    ids.enterpriseId
      ? db.selectFrom('enterprise').select('id').where('id', '=', ids.enterpriseId).executeTakeFirst()
      : undefined,
    ids.agencyId
      ? db.selectFrom('agency').select('id').where('id', '=', ids.agencyId).executeTakeFirst()
      : undefined,
    ids.departmentId
      ? db
          .selectFrom('department')
          .select('division_code')
          .where('id', '=', ids.departmentId)
          .executeTakeFirst()
      : undefined,
  ]);
  return { enterprise, agency, department };
}

/** Disables active accounts unused since `cutoff` (last login, or creation if never used), except the 三员. */
export const disableDormant = (db: Db, cutoff: Date, now: Date) =>
  db
    .updateTable('app_user')
    .set({ status: 'disabled', updated_at: now })
    .where('status', '=', 'active')
    .where((eb) => eb(sql`coalesce(last_login_at, created_at)`, '<', cutoff))
    .where((eb) =>
      eb.or([
        eb('role_code', 'is', null),
        eb('role_code', 'not in', ['system_admin', 'security_admin', 'audit_admin']),
      ]),
    )
    .returning(['id', 'username'])
    .execute();
