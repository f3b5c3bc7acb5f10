import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'login.title': ['用户登录', 'Sign in'],
  'login.username': ['用户名', 'Username'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Sign in'],
  'login.totpTitle': ['双因素认证', 'Two-factor authentication'],
  'login.totpHint': [
    '请输入身份验证器中的 6 位动态验证码，或一个恢复码。',
    'Enter the 6-digit code from your authenticator app, or a recovery code.',
  ],
  'login.totpCode': ['动态验证码', 'Verification code'],
  'login.totpSubmit': ['验证', 'Verify'],
  'login.demoTitle': ['演示环境', 'Demo installation'],
  'login.demoHint': ['以下演示账号的密码均为', 'Every demo account below uses the password'],
  'login.lockedUntil': ['锁定至', 'Locked until'],
  'login.footer': [
    '安全生产综合监管服务平台 · 开源、可自行部署',
    'Work-safety supervision platform · open source, self-hosted',
  ],
} as const satisfies Messages;
