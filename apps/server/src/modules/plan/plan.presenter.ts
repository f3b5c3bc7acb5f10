import { z } from 'zod';
import {
  type IndicatorDefinition,
  type PeriodIndicatorValue,
  annualDropFormNames,
  annualDropFormOf,
  drops,
  progressStatusNames,
  roundTo,
  targetProgress,
} from '@anjian/domain';
import type { PlanRow, TargetRow } from './plan.repository.ts';

const num = z.number().nullable();

export const planSchema = z.object({
  id: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  name: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  baselineFrom: z.number(),
  baselineTo: z.number(),
  baselineLabel: z.string().nullable(),
});

export const targetRowSchema = z.object({
  indicatorKey: z.string(),
  name: z.string(),
  kind: z.enum(['rate', 'count']),
  unit: z.string(),
  decimals: z.number(),
  statedBaseline: num.describe('规划文本给出的基数'),
  computedBaseline: num.describe('由记录和分母计算的基数（基数期逐年值的算术平均）'),
  baseline: num.describe('用于降幅与进度的基数：有计算值时取计算值'),
  target: z.number(),
  note: z.string().nullable(),
  decomposedFrom: z.string().nullable(),
  statedDrop: num,
  statedAnnualDrop: num,
  statedAnnualDropForm: z
    .enum(['compound', 'simple'])
    .nullable()
    .describe('规划文本的年均降幅属于哪种算法；null 表示两种都对不上'),
  targetDrop: z.object({ dropPct: num, annualCompoundPct: num, annualSimplePct: num }),
  statedDropGap: num.describe('计算降幅 − 规划文本降幅（百分点）'),
  actualYear: num,
  actual: num,
  actualDrop: z.object({ dropPct: num, annualCompoundPct: num, annualSimplePct: num }),
  progress: z.array(
    z.object({
      year: z.number(),
      value: num,
      expected: z.number(),
      status: z.string(),
      statusName: z.string(),
    }),
  ),
  status: z.string(),
  statusName: z.string(),
});

export const planTableSchema = z.object({
  plan: planSchema,
  division: z.object({ code: z.string(), name: z.string() }),
  annualDropForms: z.record(z.string(), z.string()),
  rows: z.array(targetRowSchema),
});

export const presentPlan = (p: PlanRow) => ({
  id: p.id,
  divisionCode: p.division_code,
  divisionName: p.division_name,
  name: p.name,
  startYear: p.start_year,
  endYear: p.end_year,
  baselineFrom: p.baseline_from,
  baselineTo: p.baseline_to,
  baselineLabel: p.baseline_label,
});

const n = (v: string | null) => (v === null ? null : Number(v));

/**
 * One row of a plan's target table: baselines stated and computed, the planned fall (both yearly
 * forms, and which form the plan's own figure used), the latest actual value and its fall, and the
 * yearly progress against the expected path (on track / at risk).
 */
export function presentTargetRow(
  plan: PlanRow,
  def: IndicatorDefinition,
  t: TargetRow,
  values: PeriodIndicatorValue | undefined,
) {
  const yearly = values?.yearly ?? [];
  const base = yearly
    .filter((y) => y.year >= plan.baseline_from && y.year <= plan.baseline_to)
    .map((y) => y.value);
  const computedBaseline =
    base.length > 0 && base.every((v) => v !== null)
      ? (base as number[]).reduce((s, v) => s + v, 0) / base.length
      : null;
  const statedBaseline = n(t.baseline);
  const baseline = computedBaseline ?? statedBaseline;
  const target = Number(t.target);
  const years = plan.end_year - plan.baseline_to;
  // A year that has not ended yet in China Standard Time has no value (a count would otherwise read 0).
  const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const inPeriod = yearly
    .filter((y) => y.year >= plan.start_year && y.year <= plan.end_year)
    .map((y) => (y.year > thisYear ? { ...y, value: null } : y));
  const latest = [...inPeriod].reverse().find((y) => y.value !== null);
  const targetDrop = drops(baseline, target, years);
  const statedDrop = n(t.stated_drop);
  const statedAnnualDrop = n(t.stated_annual_drop);
  const progress =
    baseline === null
      ? []
      : targetProgress({
          baseline,
          target,
          baseYear: plan.baseline_to,
          endYear: plan.end_year,
          values: inPeriod.map((y) => ({ year: y.year, value: y.value })),
        });
  const last = [...progress].reverse().find((p) => p.status !== 'no_data');
  return {
    indicatorKey: def.key,
    name: def.name,
    kind: def.kind,
    unit: def.unit,
    decimals: def.decimals,
    statedBaseline,
    computedBaseline: computedBaseline === null ? null : Math.round(computedBaseline * 1e6) / 1e6,
    baseline: baseline === null ? null : Math.round(baseline * 1e6) / 1e6,
    target,
    note: t.note,
    decomposedFrom: t.decomposed_from,
    statedDrop,
    statedAnnualDrop,
    statedAnnualDropForm:
      statedAnnualDrop !== null && baseline !== null
        ? annualDropFormOf(statedAnnualDrop, statedBaseline ?? baseline, target, years)
        : null,
    targetDrop,
    statedDropGap:
      statedDrop !== null && targetDrop.dropPct !== null ? roundTo(targetDrop.dropPct - statedDrop, 2) : null,
    actualYear: latest?.year ?? null,
    actual: latest?.value ?? null,
    actualDrop: drops(baseline, latest?.value ?? null, latest ? latest.year - plan.baseline_to : years),
    progress: progress.map((p) => ({ ...p, statusName: progressStatusNames[p.status] })),
    status: last?.status ?? 'no_data',
    statusName: progressStatusNames[last?.status ?? 'no_data'],
  };
}

export const annualDropForms = annualDropFormNames;
