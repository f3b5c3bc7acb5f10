import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.riskCalc': ['风险评价计算', 'Risk calculator'],
  'menu.riskModel': ['风险分级管控', 'Risk control'],
  'menu.riskMap': ['四色风险图', 'Four-colour risk map'],
  'page.riskModel': ['风险分级管控', 'Graded risk control'],
  'page.riskMap': ['四色风险分布图', 'Four-colour risk map'],
  'page.riskCalc': ['风险评价计算（LEC / L×S）', 'Risk assessment calculator (LEC / L×S)'],
  'risk.editObject': ['修改风险分析对象', 'Edit risk analysis object'],
  'risk.editUnit': ['修改风险分析单元', 'Edit risk analysis unit'],
  'risk.editEvent': ['修改安全风险事件', 'Edit risk event'],
  'risk.editMeasure': ['修改管控措施', 'Edit control measure'],
  'risk.editTask': ['修改隐患排查任务', 'Edit check task'],
  'risk.deleteConfirm': ['确认删除？', 'Delete?'],
  'risk.deleteCascade': [
    '其下级数据将一并删除；已有排查记录（管控证据）的不能删除。',
    'Everything beneath it is deleted too; rows with check records (evidence) cannot be deleted.',
  ],
} as const satisfies Messages;
