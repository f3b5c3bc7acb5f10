import { roundTo } from './compute.ts';

/**
 * 降幅 and 年均降幅 (PRODUCT.md §4). The seed plan mixes two forms of the yearly fall, so every figure
 * says which one it is:
 * - compound (几何平均): 1 − (value/base)^(1/n), the constant yearly fall that leads from base to value;
 * - simple (算术平均): 降幅 ÷ n.
 * All results are percentages (61.33 means 61.33 %); null where the base is zero (no fall defined).
 */
export function dropPct(base: number, value: number): number | null {
  if (base === 0) return null;
  return ((base - value) / base) * 100;
}

export function annualDropCompoundPct(base: number, value: number, years: number): number | null {
  if (base <= 0 || value < 0 || years <= 0) return null;
  return (1 - (value / base) ** (1 / years)) * 100;
}

export function annualDropSimplePct(base: number, value: number, years: number): number | null {
  const d = dropPct(base, value);
  return d === null || years <= 0 ? null : d / years;
}

export type AnnualDropForm = 'compound' | 'simple';
export const annualDropFormNames: Record<AnnualDropForm, string> = {
  compound: '年均降幅（几何平均：1−(末值/基数)^(1/n)）',
  simple: '年均降幅（算术平均：降幅÷n）',
};

export interface Drops {
  dropPct: number | null;
  annualCompoundPct: number | null;
  annualSimplePct: number | null;
}

/** 降幅 and both 年均降幅 forms from base to value over n years, rounded to 2 decimals. */
export function drops(base: number | null, value: number | null, years: number): Drops {
  if (base === null || value === null)
    return { dropPct: null, annualCompoundPct: null, annualSimplePct: null };
  const r = (v: number | null) => (v === null ? null : roundTo(v, 2));
  return {
    dropPct: r(dropPct(base, value)),
    annualCompoundPct: r(annualDropCompoundPct(base, value, years)),
    annualSimplePct: r(annualDropSimplePct(base, value, years)),
  };
}

/**
 * Which form a stated 年均降幅 uses: the form whose value, at the stated figure's own precision, equals
 * it, the nearer one when both do (the seed's 4 and 2.16 are simple, its 2.1 compound). null when neither matches.
 */
export function annualDropFormOf(
  stated: number,
  base: number,
  target: number,
  years: number,
): AnnualDropForm | null {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  const tol = 0.5 * 10 ** -decimals + 1e-9;
  const compound = annualDropCompoundPct(base, target, years);
  const simple = annualDropSimplePct(base, target, years);
  const dc = compound === null ? Infinity : Math.abs(compound - stated);
  const ds = simple === null ? Infinity : Math.abs(simple - stated);
  if (Math.min(dc, ds) > tol) return null;
  return ds <= dc ? 'simple' : 'compound';
}

export type ProgressStatus = 'on_track' | 'at_risk' | 'achieved' | 'missed' | 'no_data';
export const progressStatusNames: Record<ProgressStatus, string> = {
  on_track: '进度正常',
  at_risk: '存在风险',
  achieved: '已完成',
  missed: '未完成',
  no_data: '无数据',
};

export interface ProgressPoint {
  year: number;
  value: number | null;
  /** Where the indicator should be this year to reach the target on time. */
  expected: number;
  status: ProgressStatus;
}

/**
 * On-track / at-risk rule (docs/api-accident.md): lower is better for every indicator. The expected path
 * falls from the baseline (at `baseYear`) to the target (at `endYear`) by a constant yearly fall — the
 * compound 年均降幅 — or in equal steps when the target is 0. Where the target is not below the baseline
 * (a cap such as "≤5", or a base of 0) the expected value is the target itself every year.
 * A year is on track when its value is at or below the expected value, else at risk; the end year is
 * achieved when at or below the target, else missed.
 */
export function expectedValue(
  baseline: number,
  target: number,
  baseYear: number,
  endYear: number,
  year: number,
): number {
  if (target >= baseline || baseline <= 0) return target;
  const t = Math.min(1, Math.max(0, (year - baseYear) / (endYear - baseYear)));
  if (target === 0) return baseline * (1 - t);
  return baseline * (target / baseline) ** t;
}

export function targetProgress(input: {
  baseline: number;
  target: number;
  baseYear: number;
  endYear: number;
  values: { year: number; value: number | null }[];
}): ProgressPoint[] {
  const eps = 1e-9;
  return input.values.map(({ year, value }) => {
    const expected = expectedValue(input.baseline, input.target, input.baseYear, input.endYear, year);
    let status: ProgressStatus;
    if (value === null) status = 'no_data';
    else if (year >= input.endYear) status = value <= input.target + eps ? 'achieved' : 'missed';
    else status = value <= expected + eps ? 'on_track' : 'at_risk';
    return { year, value, expected: Math.round(expected * 1e6) / 1e6, status };
  });
}
