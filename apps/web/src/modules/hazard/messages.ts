import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.hazards': ['隐患台账', 'Hazards'],
  'menu.hazardReport': ['上报隐患', 'Report a hazard'],
  'menu.hazardRectify': ['隐患整改', 'Rectification'],
  'menu.hazardStats': ['隐患统计', 'Hazard statistics'],
  'menu.hazardFlags': ['自查可信度', 'Reporting integrity'],
  'menu.notifications': ['站内消息', 'Notifications'],
  'menu.notificationChannel': ['外发通知通道', 'Outbound notifications'],
  'page.hazards': ['隐患排查治理台账', 'Hazard register'],
  'page.hazardStats': ['隐患排查治理统计', 'Hazard statistics'],
  'page.hazardFlags': ['自查自报可信度标记', 'Self-reporting integrity flags'],
  'page.notifications': ['站内消息', 'Notifications'],
  'page.notificationChannel': ['外发通知通道', 'Outbound notifications'],
} as const satisfies Messages;
