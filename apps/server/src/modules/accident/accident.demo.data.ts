import type { AccidentCategory, DenominatorKind } from '@anjian/domain';

/**
 * Zhongwei (640500) demo statistics 2010–2020, built so that the platform's 十二五 completion table and
 * 十三五 indicator table reproduce the seed plan (docs/decisions/0005-accident-seed-figures.md):
 * - 2010 and 2015 carry the seed's figures exactly (74 / 51 deaths, 625 / 469 accidents, 0.437 / 0.169,
 *   5.212 / 2.725, 4.2 / 1.92, 15.22 / 0, the per-sector deaths);
 * - 2011–2014 are chosen so the 2011–2015 yearly means are the 十三五 table's "十二五平均数" (221 accidents,
 *   62 deaths, 2 较大 accidents with 6.8 deaths each year on average, 0.225, 3.292, 3.04, 0);
 * - 2016–2020 are invented, falling towards the 十三五 targets.
 * Denominators are city totals, split across the three counties below (the city's figure is their sum).
 */
export interface DemoYear {
  year: number;
  accidents: number;
  /** Deaths per category, 较大 accidents included. */
  deaths: Partial<Record<AccidentCategory, number>>;
  /** 较大 accidents: category and deaths (3–9). */
  larger: [AccidentCategory, number][];
  denominators: Record<DenominatorKind, number>;
}

const d = (
  gdp: number,
  industry_employees: number,
  motor_vehicles: number,
  coal_output: number,
  population: number,
  special_equipment_units: number,
) => ({
  gdp,
  industry_employees,
  motor_vehicles,
  coal_output,
  population,
  special_equipment_units,
});

export const demoYears: DemoYear[] = [
  {
    year: 2010,
    accidents: 625,
    deaths: { road_traffic: 58, industry_trade: 5, coal_mine: 5, hazardous_chemicals: 3, construction: 3 },
    larger: [
      ['coal_mine', 5],
      ['hazardous_chemicals', 3],
      ['road_traffic', 4],
    ],
    denominators: d(169.34, 95_932, 138_095, 32.85, 1_080_800, 3_150),
  },
  {
    year: 2011,
    accidents: 168,
    deaths: { road_traffic: 62, industry_trade: 5, hazardous_chemicals: 1, construction: 2 },
    larger: [
      ['road_traffic', 3],
      ['road_traffic', 4],
      ['road_traffic', 3],
    ],
    denominators: d(240, 111_111, 155_000, 35, 1_089_000, 3_420),
  },
  {
    year: 2012,
    accidents: 160,
    deaths: { road_traffic: 60, industry_trade: 4, construction: 2 },
    larger: [
      ['road_traffic', 3],
      ['road_traffic', 5],
    ],
    denominators: d(270, 115_942, 166_667, 38, 1_097_500, 3_700),
  },
  {
    year: 2013,
    accidents: 154,
    deaths: { road_traffic: 57, industry_trade: 4, hazardous_chemicals: 1, construction: 1, metal_mine: 1 },
    larger: [
      ['road_traffic', 3],
      ['road_traffic', 4],
    ],
    denominators: d(290, 129_032, 183_871, 40, 1_106_000, 4_010),
  },
  {
    year: 2014,
    accidents: 154,
    deaths: { road_traffic: 53, industry_trade: 4, construction: 2 },
    larger: [
      ['road_traffic', 3],
      ['road_traffic', 3],
    ],
    denominators: d(297.57, 148_976, 205_426, 36, 1_114_600, 4_330),
  },
  {
    year: 2015,
    accidents: 469,
    deaths: { road_traffic: 42, industry_trade: 4, hazardous_chemicals: 1, construction: 4 },
    larger: [['road_traffic', 3]],
    denominators: d(301.8, 146_789, 218_750, 30, 1_123_200, 4_680),
  },
  {
    year: 2016,
    accidents: 212,
    deaths: { road_traffic: 40, industry_trade: 4, construction: 2, hazardous_chemicals: 1 },
    larger: [['road_traffic', 3]],
    denominators: d(320, 150_000, 235_000, 28, 1_131_000, 5_020),
  },
  {
    year: 2017,
    accidents: 205,
    deaths: { road_traffic: 38, industry_trade: 3, construction: 3, special_equipment: 1 },
    larger: [
      ['road_traffic', 4],
      ['construction', 3],
    ],
    denominators: d(345, 152_000, 252_000, 30, 1_138_500, 5_400),
  },
  {
    year: 2018,
    accidents: 198,
    deaths: { road_traffic: 36, industry_trade: 4, construction: 2, fire: 1 },
    larger: [['road_traffic', 3]],
    denominators: d(372, 155_000, 268_000, 32, 1_145_800, 5_760),
  },
  {
    year: 2019,
    accidents: 190,
    deaths: { road_traffic: 35, industry_trade: 2, construction: 2, hazardous_chemicals: 1 },
    larger: [],
    denominators: d(398, 158_000, 283_000, 33, 1_152_400, 6_110),
  },
  {
    year: 2020,
    accidents: 176,
    deaths: { road_traffic: 31, industry_trade: 3, construction: 1 },
    larger: [['road_traffic', 3]],
    denominators: d(421, 160_000, 297_000, 35, 1_158_900, 6_450),
  },
];

/** The counties and their shares of each denominator (GDP, employees, vehicles, coal, population, equipment). */
export const demoCounties = [
  { code: '640502', name: '沙坡头区', accidentWeight: 0.45, shares: d(0.47, 0.48, 0.46, 0.55, 0.36, 0.5) },
  { code: '640521', name: '中宁县', accidentWeight: 0.35, shares: d(0.37, 0.4, 0.34, 0.1, 0.31, 0.35) },
  { code: '640522', name: '海原县', accidentWeight: 0.2, shares: d(0.16, 0.12, 0.2, 0.35, 0.33, 0.15) },
] as const;

/** Categories of accidents without deaths, with weights. */
export const nonFatalMix: [AccidentCategory, number][] = [
  ['road_traffic', 0.7],
  ['industry_trade', 0.12],
  ['construction', 0.06],
  ['fire', 0.05],
  ['special_equipment', 0.03],
  ['agricultural_machinery', 0.02],
  ['hazardous_chemicals', 0.02],
];

/** Plausible GB 6441 types per category. */
export const typesOf: Record<AccidentCategory, string[]> = {
  industry_trade: ['01', '03', '04', '05', '07'],
  coal_mine: ['11', '15', '12'],
  metal_mine: ['10', '13'],
  hazardous_chemicals: ['19', '17', '18'],
  fireworks: ['14'],
  construction: ['09', '10', '01'],
  road_traffic: ['02'],
  fire: ['08'],
  water_traffic: ['06'],
  railway: ['02'],
  agricultural_machinery: ['03', '02'],
  special_equipment: ['04', '16', '17'],
  other: ['20'],
};
