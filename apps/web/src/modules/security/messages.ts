import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.security': ['安全策略', 'Security policy'],
  'menu.securityAlerts': ['安全告警', 'Security alerts'],
  'page.security': ['安全策略', 'Security policy'],
  'page.securityAlerts': ['安全告警', 'Security alerts'],
} as const satisfies Messages;
