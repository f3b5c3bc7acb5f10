import { useMemo } from 'react';
import { Card, Col, Row } from 'antd';
import { hazardStatusNames, type HazardStatus } from '@anjian/domain';
import type { EChartsOption } from '../../../components/charts/echarts.ts';
import { EChart } from '../../../components/charts/EChart.tsx';
import type { HazardStats, Keyed } from '../hazard.api.ts';

const label = (k: Keyed) =>
  k.name ?? (k.key in hazardStatusNames ? hazardStatusNames[k.key as HazardStatus] : k.key);

const pie = (data: Keyed[], colors?: string[]): EChartsOption => ({
  ...(colors ? { color: colors } : {}),
  tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
  legend: { bottom: 0, type: 'scroll' },
  series: [
    {
      type: 'pie',
      radius: ['40%', '68%'],
      top: -20,
      data: data.map((d) => ({ name: label(d), value: d.n })),
      label: { formatter: '{b}\n{c}' },
    },
  ],
});

const bar = (data: Keyed[], horizontal = false): EChartsOption => {
  const cat = {
    type: 'category' as const,
    data: data.map(label),
    axisLabel: { interval: 0, width: 90, overflow: 'truncate' as const },
  };
  const val = { type: 'value' as const };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 100 : 40, right: 16, top: 16, bottom: horizontal ? 24 : 40 },
    xAxis: horizontal ? val : { ...cat, axisLabel: { rotate: data.length > 6 ? 30 : 0 } },
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: [{ type: 'bar', data: data.map((d) => d.n), itemStyle: { color: '#1677ff' }, barMaxWidth: 28 }],
  };
};

const line = (data: Keyed[]): EChartsOption => ({
  tooltip: { trigger: 'axis' },
  grid: { left: 48, right: 16, top: 16, bottom: 32 },
  xAxis: { type: 'category', data: data.map((d) => d.key) },
  yAxis: { type: 'value' },
  series: [{ type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: data.map((d) => d.n) }],
});

/** The five breakdowns of GET /api/hazards/stats as charts (the echarts chunk, loaded with this page). */
export function StatsCharts({ stats }: { stats: HazardStats }) {
  const options = useMemo(
    () => ({
      level: pie(stats.byLevel, ['#1677ff', '#cf1322']),
      status: pie(stats.byStatus),
      sector: bar(stats.bySector.slice(0, 12), true),
      division: bar(stats.byDivision),
      month: line(stats.byMonth),
    }),
    [stats],
  );
  const card = (title: string, option: EChartsOption, height = 260, id = '') => (
    <Card size="small" title={title}>
      <EChart option={option} height={height} aria-label={title} data-testid={id || undefined} />
    </Card>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={8}>
        {card('按等级', options.level, 260, 'stats-by-level')}
      </Col>
      <Col xs={24} md={12} xl={8}>
        {card('按状态', options.status, 260, 'stats-by-status')}
      </Col>
      <Col xs={24} xl={8}>
        {card('按区县', options.division)}
      </Col>
      <Col xs={24} xl={12}>
        {card('按行业（前 12）', options.sector, 320)}
      </Col>
      <Col xs={24} xl={12}>
        {card('按月份（上报）', options.month, 320)}
      </Col>
    </Row>
  );
}
