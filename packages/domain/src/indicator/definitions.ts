import type { AccidentCategory } from '../accident/categories.ts';
import type { DenominatorKind } from './denominators.ts';

/**
 * Every indicator of the seed plan's two tables (十二五规划指标完成情况, 十三五时期安全生产主要指标) and
 * PRODUCT.md §4, as data: what the numerator counts and which denominator (and scale) divides it.
 * Categories are disjoint (see accident/categories.ts), so 各类事故 is all of them.
 */
export interface IndicatorDefinition {
  key: string;
  name: string;
  /** 相对指标 (a rate) or 绝对指标 (a count). */
  kind: 'rate' | 'count';
  unit: string;
  decimals: number;
  numerator: {
    measure: 'accidents' | 'deaths';
    categories?: readonly AccidentCategory[];
    largerOnly?: boolean;
  };
  denominator?: { kind: DenominatorKind; scale: number; label: string };
  formula: string;
}

const rate = (
  key: string,
  name: string,
  unit: string,
  decimals: number,
  categories: readonly AccidentCategory[] | undefined,
  kind: DenominatorKind,
  scale: number,
  label: string,
  formula: string,
): IndicatorDefinition => ({
  key,
  name,
  kind: 'rate',
  unit,
  decimals,
  numerator: { measure: 'deaths', ...(categories && { categories }) },
  denominator: { kind, scale, label },
  formula,
});

const deaths = (key: string, name: string, categories: readonly AccidentCategory[]): IndicatorDefinition => ({
  key,
  name,
  kind: 'count',
  unit: '人',
  decimals: 0,
  numerator: { measure: 'deaths', categories },
  formula: `${name.replace('死亡人数', '')}死亡人数之和`,
});

export const indicatorDefinitions: readonly IndicatorDefinition[] = [
  rate(
    'gdp_death_rate',
    '亿元地区生产总值生产安全事故死亡率',
    '人/亿元',
    3,
    undefined,
    'gdp',
    1,
    '地区生产总值（亿元）',
    '各类事故死亡人数 ÷ 地区生产总值（亿元）',
  ),
  rate(
    'industry_trade_death_rate',
    '工矿商贸就业人员十万人生产安全事故死亡率',
    '人/10万人',
    3,
    ['industry_trade'],
    'industry_employees',
    1e5,
    '工矿商贸就业人员（人）',
    '工矿商贸事故死亡人数 ÷ 就业人员 × 10万',
  ),
  rate(
    'road_death_rate',
    '道路交通万车死亡率',
    '人/万车',
    2,
    ['road_traffic'],
    'motor_vehicles',
    1e4,
    '机动车保有量（辆）',
    '道路交通事故死亡人数 ÷ 机动车保有量 × 1万',
  ),
  rate(
    'coal_death_rate',
    '煤矿百万吨死亡率',
    '人/百万吨',
    2,
    ['coal_mine'],
    'coal_output',
    100,
    '煤炭产量（万吨）',
    '煤矿事故死亡人数 ÷ 煤炭产量（百万吨）',
  ),
  rate(
    'special_equipment_death_rate',
    '特种设备万台死亡率',
    '人/万台',
    2,
    ['special_equipment'],
    'special_equipment_units',
    1e4,
    '特种设备（台）',
    '特种设备事故死亡人数 ÷ 特种设备数量 × 1万',
  ),
  rate(
    'fire_death_rate',
    '火灾十万人口死亡率（生产性）',
    '人/10万人',
    3,
    ['fire'],
    'population',
    1e5,
    '常住人口（人）',
    '火灾事故死亡人数 ÷ 常住人口 × 10万',
  ),
  {
    key: 'accidents',
    name: '生产安全事故起数',
    kind: 'count',
    unit: '起',
    decimals: 0,
    numerator: { measure: 'accidents' },
    formula: '各类生产安全事故起数',
  },
  {
    key: 'deaths',
    name: '各类事故死亡人数',
    kind: 'count',
    unit: '人',
    decimals: 0,
    numerator: { measure: 'deaths' },
    formula: '各类生产安全事故死亡人数',
  },
  {
    key: 'larger_accidents',
    name: '较大以上事故起数',
    kind: 'count',
    unit: '起',
    decimals: 0,
    numerator: { measure: 'accidents', largerOnly: true },
    formula: '较大、重大、特别重大事故起数',
  },
  {
    key: 'larger_accident_deaths',
    name: '较大以上事故死亡人数',
    kind: 'count',
    unit: '人',
    decimals: 0,
    numerator: { measure: 'deaths', largerOnly: true },
    formula: '较大以上事故死亡人数之和',
  },
  deaths('industry_trade_deaths', '工矿商贸事故死亡人数', ['industry_trade']),
  deaths('coal_deaths', '煤矿事故死亡人数', ['coal_mine']),
  deaths('metal_mine_deaths', '金属与非金属矿山事故死亡人数', ['metal_mine']),
  deaths('hazardous_chemicals_deaths', '危险化学品事故死亡人数', ['hazardous_chemicals']),
  deaths('fireworks_deaths', '烟花爆竹事故死亡人数', ['fireworks']),
  deaths('construction_deaths', '建筑事故死亡人数', ['construction']),
  deaths('fire_deaths', '火灾死亡人数', ['fire']),
  deaths('road_deaths', '道路交通事故死亡人数', ['road_traffic']),
  deaths('water_traffic_deaths', '水上交通事故死亡人数', ['water_traffic']),
  deaths('agricultural_machinery_deaths', '农业机械事故死亡人数', ['agricultural_machinery']),
];

export const indicatorKeys = indicatorDefinitions.map((d) => d.key) as [string, ...string[]];
export const indicatorDefinition = (key: string): IndicatorDefinition | undefined =>
  indicatorDefinitions.find((d) => d.key === key);
