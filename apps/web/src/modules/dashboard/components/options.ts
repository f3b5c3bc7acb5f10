import { lookup } from '../../../api/lookup.ts';
import { type AccidentStats, gradeColors } from '../../accident/index.ts';
import type { Breakdown, IndicatorSeries } from '../../indicator/index.ts';
import type { EChartsOption } from '../../../components/charts/echarts.ts';
import { dark } from '../theme.ts';

const axis = {
  axisLine: { lineStyle: { color: dark.muted } },
  axisLabel: { color: dark.text },
  splitLine: { lineStyle: { color: dark.line } },
};
const grid = { left: 48, right: 24, top: 36, bottom: 28, containLabel: true };
const legend = { textStyle: { color: dark.text }, top: 0 };
const round = (v: number | null, d: number) => (v === null ? null : Number(v.toFixed(d)));

/** The chosen indicator year by year (line) with the accidents and deaths of each year (bars). */
export function trendOption(series: IndicatorSeries, stats: AccidentStats): EChartsOption {
  const years = series.points.map((p) => String(p.year));
  const byYear = new Map(stats.byYear.map((y) => [String(y.year), y]));
  return {
    color: dark.accent,
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: years, ...axis },
    yAxis: [
      { type: 'value', name: series.unit, nameTextStyle: { color: dark.muted }, ...axis },
      {
        type: 'value',
        name: '起 / 人',
        nameTextStyle: { color: dark.muted },
        ...axis,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: series.name,
        type: 'line',
        smooth: true,
        symbolSize: 7,
        lineStyle: { width: 3 },
        data: series.points.map((p) => round(p.value, series.decimals)),
      },
      {
        name: '事故起数',
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 14,
        itemStyle: { opacity: 0.55 },
        data: years.map((y) => byYear.get(y)?.accidents ?? 0),
      },
      {
        name: '死亡人数',
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 14,
        itemStyle: { opacity: 0.55 },
        data: years.map((y) => byYear.get(y)?.deaths ?? 0),
      },
    ],
  };
}

/** Divisions ranked worst first (the breakdown call is already sorted); the worst on top. */
export function rankingOption(b: Breakdown): EChartsOption {
  const items = b.items.filter((i) => i.value !== null).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { ...grid, top: 12 },
    xAxis: { type: 'value', ...axis },
    yAxis: { type: 'category', data: items.map((i) => i.divisionName), ...axis },
    series: [
      {
        name: b.name,
        type: 'bar',
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          color: dark.text,
          formatter: (p: { value: number | null }) => (p.value === null ? '—' : p.value.toFixed(b.decimals)),
        },
        itemStyle: { color: '#36cfc9', borderRadius: [0, 4, 4, 0] },
        data: items.map((i) => ({ value: round(i.value, b.decimals), code: i.divisionCode })),
      },
    ],
  };
}

/** Accidents per grade (bars in the grade colours) for the year. */
export function gradeOption(stats: AccidentStats): EChartsOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { ...grid, top: 24 },
    xAxis: {
      type: 'category',
      data: stats.byGrade.map((g) => g.grade),
      ...axis,
      axisLabel: { color: dark.text, interval: 0 },
    },
    yAxis: { type: 'value', name: '起', nameTextStyle: { color: dark.muted }, minInterval: 1, ...axis },
    series: [
      {
        name: '事故起数',
        type: 'bar',
        barMaxWidth: 36,
        label: { show: true, position: 'top', color: dark.text },
        data: stats.byGrade.map((g) => ({
          value: g.accidents,
          itemStyle: { color: lookup(gradeColors, g.grade) },
        })),
      },
    ],
  };
}

/** Deaths per accident category (ring) for the year; categories with nothing are left out. */
export function categoryOption(stats: AccidentStats): EChartsOption {
  const rows = stats.byCategory.filter((c) => c.accidents > 0);
  return {
    color: dark.accent,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 起（{d}%）' },
    legend: {
      ...legend,
      type: 'scroll',
      orient: 'vertical',
      right: 0,
      top: 'middle',
      formatter: (name: string) => `${name}  ${rows.find((r) => r.categoryName === name)?.accidents ?? 0} 起`,
    },
    series: [
      {
        name: '事故起数',
        type: 'pie',
        radius: ['42%', '70%'],
        center: ['30%', '50%'],
        label: { show: false },
        data: rows.map((c) => ({ name: c.categoryName, value: c.accidents, code: c.category })),
      },
    ],
  };
}
