import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.accidents': ['事故管理', 'Accidents'],
  'page.accidents': ['事故管理', 'Accidents'],
  'accidents.create': ['事故快报', 'Report an accident'],
} as const satisfies Messages;
