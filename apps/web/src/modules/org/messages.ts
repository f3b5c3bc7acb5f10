import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.divisions': ['行政区划', 'Divisions'],
  'menu.departments': ['部门管理', 'Departments'],
  'page.divisions': ['行政区划', 'Administrative divisions'],
  'page.departments': ['部门管理', 'Departments'],
  'departments.create': ['新建部门', 'New department'],
  'departments.edit': ['编辑部门', 'Edit department'],
} as const satisfies Messages;
