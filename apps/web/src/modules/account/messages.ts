import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.account': ['我的账户', 'My account'],
  'page.account': ['我的账户', 'My account'],
  'account.profile': ['个人信息', 'Profile'],
  'account.password': ['修改密码', 'Change password'],
  'account.totp': ['双因素认证（TOTP）', 'Two-factor authentication (TOTP)'],
  'account.mustChange': [
    '首次登录或密码已过期：请先修改密码，之后才能使用其他功能。',
    'Please change your password before using the platform.',
  ],
  'account.mfaRequired': [
    '所属角色要求启用双因素认证：请先绑定身份验证器。',
    'Your role requires two-factor authentication: enrol an authenticator first.',
  ],
} as const satisfies Messages;
