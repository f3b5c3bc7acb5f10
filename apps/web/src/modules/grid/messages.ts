import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.grid': ['网格责任', 'Grid responsibility'],
  'page.gridCoverage': ['网格化监管责任覆盖', 'Grid responsibility coverage'],
} as const satisfies Messages;
