import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.dashboard': ['大数据驾驶舱', 'Dashboard'],
  'page.dashboard': ['大数据驾驶舱', 'Work-safety dashboard'],
} as const satisfies Messages;
