import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.users': ['用户管理', 'Users'],
  'btn.enable': ['启用', 'Enable'],
  'btn.disable': ['停用', 'Disable'],
  'btn.resetPassword': ['重置密码', 'Reset password'],
  'btn.grantRole': ['授予角色', 'Grant role'],
  'btn.unlock': ['解锁', 'Unlock'],
  'btn.resetMfa': ['重置双因素', 'Reset MFA'],
  'btn.generate': ['随机生成', 'Generate'],
  'page.users': ['用户管理', 'Users'],
  'users.create': ['新建用户', 'New user'],
  'users.edit': ['编辑用户', 'Edit user'],
} as const satisfies Messages;
