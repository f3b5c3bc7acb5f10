import crypto from 'node:crypto';
import {
  type AccountChange,
  AppError,
  type CreateUserInput,
  type ListUsersQuery,
  type RoleCode,
  type Sensitivity,
  type UpdateUserInput,
  accountChangeRefusal,
  requiredAttachment,
  roleDefinition,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { hashPassword } from '../../platform/auth/password-hash.ts';
import { assertPasswordAcceptable } from '../../platform/auth/passwords.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import * as repo from './user.repository.ts';
import { endSessionsOf } from '../../platform/auth/session.ts';
import { type UserDto, presentUser } from './user.presenter.ts';
import { foundInScope } from '../../platform/access/found.ts';
import { toPage } from '../../platform/http/page.ts';
import { divisionExists } from '../org/index.ts';

export async function listUsers(ctx: AppContext, rc: RequestContext, q: ListUsersQuery) {
  const { items, total } = await repo.listUsers(ctx.db, requireActor(rc), q);
  return toPage(q, { items, total }, presentUser);
}

/** A user inside the actor's scope; outside it, 404 with a denied-access audit row. */
export async function getUser(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  db: Db = ctx.db,
): Promise<UserDto> {
  const row = foundInScope(await repo.findUser(db, requireActor(rc), id), {
    type: 'user',
    id,
    label: '用户',
  });
  return presentUser(row);
}

/** Checks that the division / department an account is attached to exist; a department fixes the division. */
async function resolveAttachment(
  db: Db,
  input: {
    divisionCode?: string | null;
    departmentId?: string | null;
    enterpriseId?: string | null;
    agencyId?: string | null;
  },
) {
  const found = await repo.attachmentTargets(db, input);
  if (input.enterpriseId && !found.enterprise)
    throw AppError.invalid([{ field: 'enterpriseId', message: '企业不存在' }]);
  if (input.agencyId && !found.agency) throw AppError.invalid([{ field: 'agencyId', message: '机构不存在' }]);
  if (input.departmentId && !found.department)
    throw AppError.invalid([{ field: 'departmentId', message: '部门不存在' }]);
  const divisionCode = found.department?.division_code ?? input.divisionCode ?? null;
  if (divisionCode && !(await divisionExists(db, divisionCode)))
    throw AppError.invalid([{ field: 'divisionCode', message: '行政区划不存在' }]);
  return { divisionCode, departmentId: input.departmentId ?? null };
}

/** Creates an account with no role; it must change its password at first login (AC-01, AUTH-01). */
export async function createUser(
  ctx: AppContext,
  rc: RequestContext,
  input: CreateUserInput,
): Promise<UserDto> {
  const username = input.username.toLowerCase();
  const policy = await loadSecurityPolicy(ctx.db);
  assertPasswordAcceptable(input.password, username, policy);
  const hash = await hashPassword(input.password, ctx.config.scryptCost);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.usernameTaken(trx, username))
      throw new AppError('USERNAME_TAKEN', `用户名 ${username} 已存在`, [
        { field: 'username', message: '用户名已存在' },
      ]);
    const att = await resolveAttachment(trx, input);
    await repo.insertUser(trx, {
      id,
      username,
      display_name: input.displayName,
      role_code: null,
      division_code: att.divisionCode,
      department_id: att.departmentId,
      enterprise_id: input.enterpriseId ?? null,
      agency_id: input.agencyId ?? null,
      password_hash: JSON.stringify(hash),
      must_change_password: true,
      expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'user',
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      diff: { after: { ...input, password: input.password } },
    });
  });
  return getUser(ctx, rc, id);
}

type UserForUpdate = NonNullable<Awaited<ReturnType<typeof repo.findUserForUpdate>>>;

/** 三员分立 (AC-04): a 403 naming why, unless the actor may make every one of `kinds` to `target`. */
function assertMayChange(
  rc: RequestContext,
  target: { id: string; role: string | null },
  kinds: AccountChange[],
) {
  const actor = requireActor(rc);
  for (const kind of kinds) {
    const refusal = accountChangeRefusal({ id: actor.userId, role: actor.role }, target, kind);
    if (refusal) throw new AppError('FORBIDDEN', refusal);
  }
}

/**
 * Runs a change on one in-scope user inside a transaction with its audit row, then returns the user.
 * `kinds` say what the change does to the account; 三员分立 is checked on the locked row (AC-04).
 */
async function changeUser(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  action: string,
  kinds: AccountChange[] | ((before: UserForUpdate) => AccountChange[]),
  change: (trx: Db, before: UserForUpdate) => Promise<Record<string, unknown>>,
): Promise<UserDto> {
  await getUser(ctx, rc, id);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findUserForUpdate(trx, id);
    if (!before) throw new AppError('NOT_FOUND', '用户不存在');
    assertMayChange(rc, { id, role: before.role_code }, typeof kinds === 'function' ? kinds(before) : kinds);
    const diff = await change(trx, before);
    await repo.updateAccount(trx, id, { updated_at: new Date() });
    await ctx.audit(trx, rc, { eventType: 'user', action, objectType: 'user', objectId: id, diff });
  });
  return getUser(ctx, rc, id);
}

export function updateUser(ctx: AppContext, rc: RequestContext, id: string, input: UpdateUserInput) {
  // What the edit really changes decides who may make it: re-sending an unchanged division is no grant.
  const kinds = (before: UserForUpdate): AccountChange[] => {
    const changed = <T>(next: T | undefined, now: T) => next !== undefined && next !== now;
    const edit =
      changed(input.displayName, before.display_name) ||
      changed(
        input.expiresAt ? new Date(input.expiresAt).getTime() : input.expiresAt,
        before.expires_at?.getTime() ?? null,
      );
    const attach =
      changed(input.divisionCode, before.division_code) ||
      changed(input.departmentId, before.department_id) ||
      changed(input.enterpriseId, before.enterprise_id) ||
      changed(input.agencyId, before.agency_id);
    return [...(edit ? (['edit'] as const) : []), ...(attach ? (['attach'] as const) : [])];
  };
  return changeUser(ctx, rc, id, 'user.update', kinds, async (trx, before) => {
    if (input.enterpriseId || input.agencyId)
      await resolveAttachment(trx, { enterpriseId: input.enterpriseId, agencyId: input.agencyId });
    const att =
      input.divisionCode !== undefined || input.departmentId !== undefined
        ? await resolveAttachment(trx, {
            divisionCode: input.divisionCode !== undefined ? input.divisionCode : before.division_code,
            departmentId: input.departmentId !== undefined ? input.departmentId : before.department_id,
          })
        : undefined;
    await repo.updateAccount(trx, id, {
      ...(input.displayName !== undefined && { display_name: input.displayName }),
      ...(att && { division_code: att.divisionCode, department_id: att.departmentId }),
      ...(input.enterpriseId !== undefined && { enterprise_id: input.enterpriseId }),
      ...(input.agencyId !== undefined && { agency_id: input.agencyId }),
      ...(input.expiresAt !== undefined && {
        expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
      }),
    });
    return {
      before: {
        displayName: before.display_name,
        divisionCode: before.division_code,
        departmentId: before.department_id,
      },
      after: input,
    };
  });
}

export function setUserStatus(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  status: 'active' | 'disabled',
) {
  if (rc.actor?.userId === id) throw new AppError('FORBIDDEN', '不能停用自己的账号');
  return changeUser(
    ctx,
    rc,
    id,
    status === 'active' ? 'user.enable' : 'user.disable',
    ['status'],
    async (trx, before) => {
      await repo.updateAccount(trx, id, { status });
      if (status === 'disabled') await endSessionsOf(trx, id);
      return { before: { status: before.status }, after: { status } };
    },
  );
}

/** An admin sets a temporary password; the user must change it at the next login. */
export async function resetPassword(ctx: AppContext, rc: RequestContext, id: string, password: string) {
  const target = await getUser(ctx, rc, id);
  assertMayChange(rc, target, ['password']);
  const policy = await loadSecurityPolicy(ctx.db);
  assertPasswordAcceptable(password, target.username, policy);
  const hash = await hashPassword(password, ctx.config.scryptCost);
  return changeUser(ctx, rc, id, 'user.reset_password', ['password'], async (trx) => {
    await repo.updateAccount(trx, id, {
      password_hash: JSON.stringify(hash),
      must_change_password: true,
      password_changed_at: new Date(),
      failed_logins: 0,
      locked_until: null,
    });
    await endSessionsOf(trx, id);
    return { password: 'reset' };
  });
}

/**
 * Grants a business role (AC-04, AC-05): only the security admin, never to oneself, never a 三员 role
 * (those exist from installation), never to a 三员 account, and only with the attachment the role needs.
 */
export function grantRole(ctx: AppContext, rc: RequestContext, id: string, role: RoleCode | null) {
  if (rc.actor?.userId === id) throw new AppError('FORBIDDEN', '不能修改自己的角色');
  if (role && roleDefinition(role)?.admin) throw new AppError('FORBIDDEN', '三员角色不能通过授权分配');
  return changeUser(ctx, rc, id, 'user.grant_role', [], async (trx, before) => {
    if (roleDefinition(before.role_code)?.admin) throw new AppError('FORBIDDEN', '不能修改三员账号的角色');
    const need = role ? requiredAttachment(role) : null;
    const missing =
      (need === 'division' && !before.division_code) ||
      (need === 'department' && !before.department_id) ||
      (need === 'enterprise' && !before.enterprise_id) ||
      (need === 'agency' && !before.agency_id);
    if (missing) {
      const label = { division: '行政区划', department: '部门', enterprise: '企业', agency: '第三方机构' }[
        need as 'division'
      ];
      throw AppError.invalid([{ field: 'role', message: `该角色要求账号先关联${label}` }]);
    }
    await repo.updateAccount(trx, id, { role_code: role });
    await endSessionsOf(trx, id);
    return { before: { role: before.role_code }, after: { role } };
  });
}

/** AC-07: the highest sensitivity label the account reads — a grant, so the security admin's (route: user.grant). */
export function setClearance(ctx: AppContext, rc: RequestContext, id: string, clearance: Sensitivity) {
  if (rc.actor?.userId === id) throw new AppError('FORBIDDEN', '不能修改自己的密级许可');
  return changeUser(ctx, rc, id, 'user.set_clearance', [], async (trx, before) => {
    if (roleDefinition(before.role_code)?.admin)
      throw new AppError('FORBIDDEN', '三员账号不接触业务数据，无需密级许可');
    await repo.updateAccount(trx, id, { clearance });
    return { before: { clearance: before.clearance }, after: { clearance } };
  });
}

export function unlockUser(ctx: AppContext, rc: RequestContext, id: string) {
  return changeUser(ctx, rc, id, 'user.unlock', ['unlock'], async (trx, before) => {
    await repo.updateAccount(trx, id, { failed_logins: 0, locked_until: null });
    return {
      before: { failedLogins: before.failed_logins, lockedUntil: before.locked_until },
      after: { failedLogins: 0 },
    };
  });
}

export function resetMfa(ctx: AppContext, rc: RequestContext, id: string) {
  return changeUser(ctx, rc, id, 'user.reset_mfa', ['mfa'], async (trx) => {
    await repo.updateAccount(trx, id, {
      totp_enabled: false,
      totp_secret: null,
      totp_last_step: null,
      recovery_codes: JSON.stringify([]),
    });
    return { totp: 'reset' };
  });
}
