import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.enforcementCases': ['行政处罚案件', 'Penalty cases'],
  'menu.enforcementPlans': ['检查计划与双随机', 'Inspection plans'],
  'page.enforcementCases': ['行政处罚案件', 'Administrative penalty cases'],
  'page.enforcementPlans': ['年度监督检查计划与双随机抽取', 'Inspection plans and random draws'],
} as const satisfies Messages;
