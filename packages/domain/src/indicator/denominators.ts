import { divisionLevelOf, isWithinDivision } from '../org/division.ts';

/** Yearly denominators per division (PRODUCT.md module 6), with the unit each value is entered in. */
export const denominatorKinds = [
  { code: 'gdp', name: '地区生产总值', unit: '亿元', decimals: 2 },
  { code: 'industry_employees', name: '工矿商贸就业人员', unit: '人', decimals: 0 },
  { code: 'motor_vehicles', name: '机动车保有量', unit: '辆', decimals: 0 },
  { code: 'coal_output', name: '煤炭产量', unit: '万吨', decimals: 2 },
  { code: 'population', name: '常住人口', unit: '人', decimals: 0 },
  { code: 'special_equipment_units', name: '特种设备数量', unit: '台', decimals: 0 },
] as const;

export type DenominatorKind = (typeof denominatorKinds)[number]['code'];
export const denominatorKindCodes = denominatorKinds.map((k) => k.code) as [
  DenominatorKind,
  ...DenominatorKind[],
];
export const denominatorKindOf = (code: string) => denominatorKinds.find((k) => k.code === code);

export interface DenominatorRow {
  divisionCode: string;
  year: number;
  kind: DenominatorKind;
  value: number;
}

export interface ResolvedDenominator {
  value: number;
  /** The rows the value was taken from: the division's own row, or its children's rows summed. */
  rows: DenominatorRow[];
  summed: boolean;
}

/**
 * A division's denominator for a year: its own entry when there is one, otherwise the sum of the entries
 * one level down the tree that exist (a city without its own GDP entry sums its counties). Rows outside
 * the division's subtree are ignored; null when nothing is entered.
 */
export function resolveDenominator(
  rows: readonly DenominatorRow[],
  division: string,
  year: number,
  kind: DenominatorKind,
): ResolvedDenominator | null {
  const candidates = rows.filter((r) => r.year === year && r.kind === kind);
  const own = candidates.find((r) => r.divisionCode === division);
  if (own) return { value: own.value, rows: [own], summed: false };
  const below = candidates.filter(
    (r) => r.divisionCode !== division && isWithinDivision(r.divisionCode, division),
  );
  if (below.length === 0) return null;
  // The shallowest level present under the division (counties under a city, townships under a county).
  const depth = (code: string) =>
    ['province', 'city', 'county', 'township', 'village'].indexOf(divisionLevelOf(code) ?? 'village');
  const top = Math.min(...below.map((r) => depth(r.divisionCode)));
  const used = below.filter((r) => depth(r.divisionCode) === top);
  return { value: used.reduce((s, r) => s + r.value, 0), rows: used, summed: true };
}
