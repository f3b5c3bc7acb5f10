import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.selfInspection': ['企业自查', 'Self-inspection'],
  'page.selfInspection': ['企业自查计划与完成率', 'Self-inspection plans and completion'],
} as const satisfies Messages;
