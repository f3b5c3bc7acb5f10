import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.inspections': ['现场检查', 'On-site inspections'],
  'page.inspections': ['现场检查', 'On-site inspections'],
  'page.inspection': ['现场检查详情', 'Inspection'],
  'inspection.status.rectifying': ['整改中', 'Rectifying'],
  'inspection.status.closed': ['已办结', 'Closed'],
  'inspection.findings': ['发现的问题', 'Findings'],
  'inspection.noFindings': ['本次检查未发现问题', 'Nothing was found'],
  'inspection.documents': ['执法文书', 'Documents'],
  'inspection.open': ['未整改', 'Open'],
  'inspection.rectified': ['已整改', 'Rectified'],
  'inspection.deadline': ['整改期限', 'Deadline'],
  'inspection.notFound': ['现场检查不存在或不在您的管辖范围内', 'No such inspection in your scope'],
} as const satisfies Messages;
