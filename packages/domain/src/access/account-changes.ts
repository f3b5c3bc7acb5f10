import { type Permission, hasPermission, roleDefinition } from './roles.ts';

/**
 * What an administrator does to somebody's account. `attach` changes the division, department,
 * enterprise or agency the account belongs to — for an account that holds a role, that widens or moves
 * what it sees, so it is a grant.
 */
export type AccountChange = 'edit' | 'attach' | 'status' | 'password' | 'unlock' | 'mfa';

interface Party {
  id: string;
  role: string | null;
}

const needs: Record<AccountChange, Permission> = {
  edit: 'user.write',
  attach: 'user.write',
  status: 'user.write',
  password: 'user.write',
  unlock: 'user.unlock',
  mfa: 'user.unlock',
};

/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2 d, SECURITY.md AC-04): the reason `actor` may not make `change` to
 * `target`'s account, or null when it may. A 三员 account is changed only by the security admin, and a
 * security admin's account only by another security admin; re-attaching an account that holds a role is
 * the security admin's grant, not the system admin's edit.
 */
export function accountChangeRefusal(actor: Party, target: Party, change: AccountChange): string | null {
  const self = actor.id === target.id;
  if (self && change !== 'edit') return '不能对自己的账号执行此操作（修改本人密码请到“我的账户”）';
  if (roleDefinition(target.role)?.admin) {
    if (actor.role !== 'security_admin') return '三员账号只能由安全管理员变更';
    if (self) return '安全管理员本人的账号须由另一位安全管理员变更';
    return null;
  }
  if (change === 'attach' && target.role !== null)
    return hasPermission(actor.role, 'user.grant')
      ? null
      : '已授予角色的账号变更所属区划、部门、企业或机构相当于授权，须由安全管理员执行';
  return hasPermission(actor.role, needs[change]) ? null : '无权执行此操作';
}
