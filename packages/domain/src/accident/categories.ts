import type { SectorCode } from '../org/sectors.ts';

/**
 * Statistical categories of an accident (事故统计类别). They are disjoint, as in the seed plan's 十二五
 * table, where 各类事故死亡人数 is the sum of the listed rows (2010: 74 = 58 道路 + 5 工矿商贸 + 5 煤矿 +
 * 3 危化 + 3 建筑): `industry_trade` therefore counts the 工矿商贸 accidents outside the sectors listed on
 * their own rows. See docs/decisions/0005-accident-seed-figures.md.
 */
export const accidentCategories = [
  { code: 'industry_trade', name: '工矿商贸', sector: null },
  { code: 'coal_mine', name: '煤矿', sector: 'coal_mine' },
  { code: 'metal_mine', name: '金属与非金属矿山', sector: 'non_coal_mine' },
  { code: 'hazardous_chemicals', name: '危险化学品', sector: 'hazardous_chemicals' },
  { code: 'fireworks', name: '烟花爆竹', sector: 'fireworks' },
  { code: 'construction', name: '建筑施工', sector: 'construction' },
  { code: 'road_traffic', name: '道路交通', sector: 'road_traffic' },
  { code: 'fire', name: '火灾', sector: 'fire' },
  { code: 'water_traffic', name: '水上交通', sector: null },
  { code: 'railway', name: '铁路交通', sector: null },
  { code: 'agricultural_machinery', name: '农业机械', sector: 'agricultural_machinery' },
  { code: 'special_equipment', name: '特种设备', sector: 'special_equipment' },
  { code: 'other', name: '其他', sector: null },
] as const satisfies readonly { code: string; name: string; sector: SectorCode | null }[];

export type AccidentCategory = (typeof accidentCategories)[number]['code'];
export const accidentCategoryCodes = accidentCategories.map((c) => c.code) as [
  AccidentCategory,
  ...AccidentCategory[],
];
export const accidentCategoryName = (code: string): string =>
  accidentCategories.find((c) => c.code === code)?.name ?? code;

/** The supervising sector an accident of this category belongs to by default (industry scope). */
export function defaultSectorOf(category: AccidentCategory): SectorCode | null {
  return accidentCategories.find((c) => c.code === category)?.sector ?? null;
}

/** GB 6441-86 企业职工伤亡事故分类, 事故类别 01–20 (reference/standards/gb6441-accident-types.json). */
export const gb6441Types = [
  { code: '01', name: '物体打击' },
  { code: '02', name: '车辆伤害' },
  { code: '03', name: '机械伤害' },
  { code: '04', name: '起重伤害' },
  { code: '05', name: '触电' },
  { code: '06', name: '淹溺' },
  { code: '07', name: '灼烫' },
  { code: '08', name: '火灾' },
  { code: '09', name: '高处坠落' },
  { code: '10', name: '坍塌' },
  { code: '11', name: '冒顶片帮' },
  { code: '12', name: '透水' },
  { code: '13', name: '放炮' },
  { code: '14', name: '火药爆炸' },
  { code: '15', name: '瓦斯爆炸' },
  { code: '16', name: '锅炉爆炸' },
  { code: '17', name: '容器爆炸' },
  { code: '18', name: '其他爆炸' },
  { code: '19', name: '中毒和窒息' },
  { code: '20', name: '其他伤害' },
] as const;

export type Gb6441Code = (typeof gb6441Types)[number]['code'];
export const gb6441Codes = gb6441Types.map((t) => t.code) as [Gb6441Code, ...Gb6441Code[]];
export const gb6441Name = (code: string): string => gb6441Types.find((t) => t.code === code)?.name ?? code;
