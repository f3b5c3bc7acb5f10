import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.workbench': ['工作台', 'Workbench'],
  'page.workbench': ['工作台', 'Workbench'],
  'workbench.empty': ['暂无待办事项', 'Nothing to act on'],
  'workbench.open': ['打开', 'Open'],
} as const satisfies Messages;
