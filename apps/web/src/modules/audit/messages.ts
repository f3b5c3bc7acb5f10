import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.audit': ['审计日志', 'Audit log'],
  'btn.verify': ['校验', 'Verify'],
  'page.audit': ['审计日志', 'Audit log'],
  'audit.verifyTitle': ['校验哈希链', 'Verify hash chain'],
} as const satisfies Messages;
