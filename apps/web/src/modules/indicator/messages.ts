import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.indicators': ['安全生产指标', 'Safety indicators'],
  'menu.denominators': ['统计基数', 'Denominators'],
  'page.indicators': ['安全生产指标', 'Safety indicators'],
  'page.denominators': ['统计基数', 'Yearly denominators'],
} as const satisfies Messages;
