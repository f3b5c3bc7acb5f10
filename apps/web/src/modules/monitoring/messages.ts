import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.monitoring': ['在线监测预警', 'Online monitoring'],
  'page.monitoring': ['重大危险源在线监测预警', 'Major hazard sources: online monitoring alarms'],
} as const satisfies Messages;
