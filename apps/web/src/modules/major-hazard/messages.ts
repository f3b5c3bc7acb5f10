import type { Messages } from '../../app/messages.ts';

/** Texts of the module's pages and menu entries: [zh-CN, en-US]. */
export const messages = {
  'menu.majorHazardUnits': ['重大危险源', 'Major hazard sources'],
  'menu.majorHazardMap': ['重大危险源分布图', 'Major hazard map'],
  'menu.majorHazardStandard': ['重大危险源标准参数', 'GB 18218 tables'],
  'menu.majorHazardStandardAdmin': ['重大危险源标准参数', 'GB 18218 tables'],
  'menu.majorHazardDutyCyclesAdmin': ['包保履职周期', '包保 duty cycles'],
  'page.majorHazardStandard': [
    '重大危险源 › 标准参数（GB 18218-2018）',
    'Major hazards › GB 18218-2018 tables',
  ],
  'page.majorHazardDutyCycles': ['重大危险源 › 包保履职周期', 'Major hazards › 包保 duty cycles'],
  'page.majorHazardUnits': ['重大危险源辨识单元', 'Major hazard units'],
  'page.majorHazardUnit': ['辨识单元', 'Identification unit'],
  'page.majorHazardUnitNew': ['新增辨识单元', 'New unit'],
  'page.majorHazardUnitEdit': ['修改辨识单元', 'Edit unit'],
  'page.majorHazardMap': ['重大危险源分布图', 'Major hazard sources on the map'],
  'page.majorHazardBaobao': ['重大危险源包保履职', 'Major hazard 包保 duties'],
  'majorHazard.create': ['新增单元', 'New unit'],
} as const satisfies Messages;
