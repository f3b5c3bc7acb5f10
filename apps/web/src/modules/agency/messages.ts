import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.agencies': ['第三方机构', 'Service agencies'],
  'page.agencies': ['第三方技术服务机构', 'Third-party service agencies'],
} as const satisfies Messages;
