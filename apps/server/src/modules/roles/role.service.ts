import { AppError, roleDefinition, roles } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './role.repository.ts';

/** Roles are fixed in code (permissions are declarative); their MFA requirement is data. */
export async function listRoles(ctx: AppContext) {
  const rows = await repo.roleRows(ctx.db);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return roles.map((r) => ({
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    admin: r.admin,
    government: r.government,
    scope: r.scope,
    permissions: [...r.permissions],
    mfaRequired: byCode.get(r.code)?.mfa_required ?? false,
    userCount: Number(byCode.get(r.code)?.user_count ?? 0),
  }));
}

/** Makes the second factor mandatory (or not) for a role (AUTH-04); only the security admin (AC-05). */
export async function setRoleMfa(ctx: AppContext, rc: RequestContext, code: string, mfaRequired: boolean) {
  if (!roleDefinition(code)) throw new AppError('NOT_FOUND', '角色不存在');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.lockRole(trx, code);
    await repo.setRoleMfa(trx, code, mfaRequired);
    await ctx.audit(trx, rc, {
      eventType: 'role',
      action: 'role.set_mfa',
      objectType: 'role',
      objectId: code,
      diff: { before: { mfaRequired: before.mfa_required }, after: { mfaRequired } },
    });
  });
  const all = await listRoles(ctx);
  return all.find((r) => r.code === code) as (typeof all)[number];
}
