/**
 * Supervision sectors (监管行业) named in PRODUCT.md §2.2 and the seed plan §四(四). Departments are
 * mandated over sectors ("管行业必须管安全"); enterprises carry one main sector.
 */
export const sectors = [
  { code: 'coal_mine', name: '煤矿' },
  { code: 'non_coal_mine', name: '非煤矿山' },
  { code: 'hazardous_chemicals', name: '危险化学品' },
  { code: 'fireworks', name: '烟花爆竹' },
  { code: 'metallurgy', name: '冶金' },
  { code: 'nonferrous', name: '有色' },
  { code: 'building_materials', name: '建材' },
  { code: 'machinery', name: '机械' },
  { code: 'light_industry', name: '轻工' },
  { code: 'textile', name: '纺织' },
  { code: 'tobacco', name: '烟草' },
  { code: 'commerce', name: '商贸' },
  { code: 'construction', name: '建筑施工' },
  { code: 'special_equipment', name: '特种设备' },
  { code: 'civil_explosives', name: '民用爆炸物品' },
  { code: 'road_transport', name: '道路运输' },
  { code: 'road_traffic', name: '道路交通' },
  { code: 'fire', name: '消防' },
  { code: 'power', name: '电力' },
  { code: 'ammonia_refrigeration', name: '涉氨制冷' },
  { code: 'dust_explosion', name: '粉尘涉爆' },
  { code: 'tourism', name: '旅游' },
  { code: 'education', name: '教育' },
  { code: 'water', name: '水利' },
  { code: 'agricultural_machinery', name: '农业机械' },
  { code: 'gas', name: '城镇燃气' },
] as const;

export type SectorCode = (typeof sectors)[number]['code'];
export const sectorCodes = sectors.map((s) => s.code) as [SectorCode, ...SectorCode[]];
export const sectorName = (code: string): string => sectors.find((s) => s.code === code)?.name ?? code;
