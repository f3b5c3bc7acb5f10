import type { Db } from '../../db/database.ts';
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
