import {
  type IndicatorDefinition,
  type PeriodIndicatorValue,
  type PlanDto,
  type TargetRowDto,
  annualDropFormNames,
  annualDropFormOf,
  drops,
  progressStatusNames,
  roundTo,
  targetProgress,
} from '@anjian/domain';
import type { PlanRow, TargetRow } from './plan.repository.ts';

export const presentPlan = (p: PlanRow): PlanDto => ({
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
): TargetRowDto {
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
