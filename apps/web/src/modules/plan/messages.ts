import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.plans': ['规划目标', 'Plan targets'],
  'page.plans': ['规划目标', 'Plan targets'],
} as const satisfies Messages;
