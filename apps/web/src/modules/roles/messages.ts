import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.roles': ['角色权限', 'Roles'],
  'page.roles': ['角色权限', 'Roles and permissions'],
  'roles.mfa': ['强制双因素', 'MFA required'],
} as const satisfies Messages;
