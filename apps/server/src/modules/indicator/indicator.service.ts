import {
  AppError,
  type AccidentStatsQuery,
  type IndicatorBreakdownQuery,
  type IndicatorQuery,
  type IndicatorRecordsQuery,
  type IndicatorSeriesQuery,
  accidentGrades,
  accidentCategoryName,
  computeIndicators,
  computePeriodIndicators,
  denominatorKindOf,
  indicatorDefinition,
  resolveDenominator,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { listAccidentRows, presentAccident } from '../accident/index.ts';
import * as repo from './indicator.repository.ts';
import { foundInScope } from '../../platform/access/found.ts';

/** The division must exist and lie in the actor's scope (else 404, audit-logged as denied). */
export async function divisionInScope(db: Db, actor: Actor, code: string) {
  const d = foundInScope(await repo.findDivision(db, actor, code), {
    type: 'division',
    id: code,
    label: '行政区划',
  });
  return d;
}

/** Aggregates and denominators of a subtree over years, then the pure indicator engine. */
export async function yearlyInputs(db: Db, actor: Actor, division: string, from: number, to: number) {
  const [aggregates, dens] = await Promise.all([
    repo.accidentAggregates(db, actor, division, from, to),
    repo.denominatorRows(db, actor, division, from, to),
  ]);
  return { aggregates, denominators: dens.map(repo.toDenominatorRow) };
}

/** Every indicator of the seed's two tables for a division and a year, or a period (pooled + yearly mean). */
export async function getIndicators(ctx: AppContext, rc: RequestContext, q: IndicatorQuery) {
  const actor = requireActor(rc);
  await divisionInScope(ctx.db, actor, q.division);
  if (q.year !== undefined) {
    const { aggregates, denominators } = await yearlyInputs(ctx.db, actor, q.division, q.year, q.year);
    return computeIndicators(aggregates, denominators, q.division, q.year);
  }
  const from = q.from as number;
  const to = q.to as number;
  const { aggregates, denominators } = await yearlyInputs(ctx.db, actor, q.division, from, to);
  return computePeriodIndicators(aggregates, denominators, q.division, from, to);
}

const definitionOf = (key: string) => {
  const def = indicatorDefinition(key);
  if (!def) throw new AppError('NOT_FOUND', '指标不存在');
  return def;
};

/** Provenance (PRODUCT.md §5.2): the accident records an indicator counts and the denominator rows behind it. */
export async function getIndicatorRecords(
  ctx: AppContext,
  rc: RequestContext,
  key: string,
  q: IndicatorRecordsQuery,
) {
  const actor = requireActor(rc);
  const def = definitionOf(key);
  await divisionInScope(ctx.db, actor, q.division);
  const to = q.to ?? q.year;
  if (to < q.year || to - q.year > 30)
    throw AppError.invalid([{ field: 'to', message: 'to 应不小于 year，且最多 30 年' }]);
  const filter = {
    divisionCode: q.division,
    yearFrom: q.year,
    yearTo: to,
    categories: def.numerator.categories,
    largerOnly: def.numerator.largerOnly,
  };
  const [{ items, total }, inputs, dens] = await Promise.all([
    listAccidentRows(ctx.db, actor, filter, q),
    yearlyInputs(ctx.db, actor, q.division, q.year, to),
    def.denominator
      ? repo.denominatorRows(ctx.db, actor, q.division, q.year, to, def.denominator.kind)
      : Promise.resolve([]),
  ]);
  const value =
    q.to === undefined
      ? computeIndicators(inputs.aggregates, inputs.denominators, q.division, q.year, [def])[0]
      : computePeriodIndicators(inputs.aggregates, inputs.denominators, q.division, q.year, to, [def])[0];
  const denominatorRows = def.denominator
    ? Array.from({ length: to - q.year + 1 }, (_, i) => q.year + i).flatMap((y) => {
        const used =
          resolveDenominator(dens.map(repo.toDenominatorRow), q.division, y, def.denominator?.kind ?? 'gdp')
            ?.rows ?? [];
        return dens
          .filter((d) => used.some((u) => u.divisionCode === d.division_code && u.year === d.year))
          .map((d) => ({
            divisionCode: d.division_code,
            divisionName: d.division_name,
            year: d.year,
            value: Number(d.value),
            source: d.source,
          }));
      })
    : [];
  return {
    indicator: value,
    counts: def.numerator.measure === 'accidents' ? '事故起数' : '死亡人数',
    records: { items: items.map(presentAccident), total, page: q.page, pageSize: q.pageSize },
    denominatorRows,
  };
}

/** One indicator year by year (dashboard trends, 2010–2020). */
export async function getSeries(ctx: AppContext, rc: RequestContext, q: IndicatorSeriesQuery) {
  const actor = requireActor(rc);
  const def = definitionOf(q.key);
  await divisionInScope(ctx.db, actor, q.division);
  const { aggregates, denominators } = await yearlyInputs(ctx.db, actor, q.division, q.from, q.to);
  const period = computePeriodIndicators(aggregates, denominators, q.division, q.from, q.to, [def])[0];
  return {
    key: def.key,
    name: def.name,
    unit: def.unit,
    decimals: def.decimals,
    points: period?.yearly ?? [],
  };
}

/** One indicator for each child division in scope, ranked worst first (map colouring, county ranking). */
export async function getBreakdown(ctx: AppContext, rc: RequestContext, q: IndicatorBreakdownQuery) {
  const actor = requireActor(rc);
  const def = definitionOf(q.key);
  const children = await repo.childDivisions(ctx.db, actor, q.parent);
  const items = await Promise.all(
    children.map(async (c) => {
      const { aggregates, denominators } = await yearlyInputs(ctx.db, actor, c.code, q.year, q.year);
      const v = computeIndicators(aggregates, denominators, c.code, q.year, [def])[0];
      return {
        divisionCode: c.code,
        divisionName: c.name,
        value: v?.value ?? null,
        numerator: v?.numerator ?? 0,
        denominator: v?.denominator ?? null,
      };
    }),
  );
  items.sort(
    (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.divisionCode.localeCompare(b.divisionCode),
  );
  return {
    key: def.key,
    name: def.name,
    unit: def.unit,
    decimals: def.decimals,
    year: q.year,
    items: items.map((it, i) => ({ ...it, rank: i + 1 })),
  };
}

/** Counts, deaths and losses by grade, category and year (dashboard breakdowns, drill-down to the list). */
export async function getAccidentStats(ctx: AppContext, rc: RequestContext, q: AccidentStatsQuery) {
  const actor = requireActor(rc);
  await divisionInScope(ctx.db, actor, q.division);
  const rows = await repo.accidentStats(ctx.db, actor, q.division, q.from, q.to);
  const sum = <K extends string>(key: (r: (typeof rows)[number]) => K) => {
    const m = new Map<
      K,
      { accidents: number; deaths: number; seriousInjuries: number; directLoss: number }
    >();
    for (const r of rows) {
      const k = key(r);
      const t = m.get(k) ?? { accidents: 0, deaths: 0, seriousInjuries: 0, directLoss: 0 };
      t.accidents += Number(r.accidents);
      t.deaths += Number(r.deaths);
      t.seriousInjuries += Number(r.serious_injuries);
      t.directLoss = Math.round((t.directLoss + Number(r.direct_loss)) * 100) / 100;
      m.set(k, t);
    }
    return m;
  };
  const byGrade = sum((r) => r.grade);
  const byCategory = sum((r) => r.category);
  const byYear = sum((r) => String(r.stat_year));
  const zero = { accidents: 0, deaths: 0, seriousInjuries: 0, directLoss: 0 };
  return {
    division: q.division,
    from: q.from,
    to: q.to,
    byGrade: accidentGrades.map((g) => ({ grade: g, ...(byGrade.get(g) ?? zero) })),
    byCategory: [...byCategory.entries()]
      .map(([category, t]) => ({ category, categoryName: accidentCategoryName(category), ...t }))
      .sort((a, b) => b.deaths - a.deaths || b.accidents - a.accidents),
    byYear: Array.from({ length: q.to - q.from + 1 }, (_, i) => q.from + i).map((y) => ({
      year: y,
      ...(byYear.get(String(y)) ?? zero),
    })),
  };
}

export const denominatorLabel = (kind: string) => {
  const k = denominatorKindOf(kind);
  return k ? `${k.name}（${k.unit}）` : kind;
};
