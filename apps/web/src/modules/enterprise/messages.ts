import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.myEnterprise': ['本企业', 'My enterprise'],
  'menu.enterprises': ['企业库', 'Enterprise registry'],
  'menu.enterpriseMap': ['企业地图', 'Enterprise map'],
  'page.enterprises': ['企业库', 'Enterprise registry'],
  'page.enterpriseMap': ['企业地图', 'Enterprise map'],
} as const satisfies Messages;
