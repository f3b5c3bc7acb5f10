import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import type { EChartsOption } from '../../../components/charts/echarts.ts';
import { EChart } from '../../../components/charts/EChart.tsx';
import { fmtTime } from '../../../components/format.ts';
import { monitoringApi } from '../monitoring.api.ts';

/** A point's last `minutes` minutes: per-minute max, average and min, with its 高报 and 高高报 lines. */
export function TrendChart({ pointId, minutes }: { pointId: string; minutes: number }) {
  const q = useQuery({
    queryKey: ['monitoring', 'trend', pointId, minutes],
    queryFn: () => monitoringApi.trend(pointId, minutes),
    refetchInterval: 30_000,
  });
  const option = useMemo<EChartsOption | null>(() => {
    const t = q.data;
    if (!t) return null;
    const x = t.minutes.map((m) => fmtTime(m.at));
    const line = (name: string, data: (number | null)[], color: string, dashed = false) => ({
      name,
      type: 'line',
      data,
      showSymbol: false,
      lineStyle: { color, type: dashed ? 'dashed' : 'solid' },
      itemStyle: { color },
    });
    const flat = (v: number | null) => t.minutes.map(() => v);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: x },
      yAxis: { type: 'value', name: t.uom, scale: true },
      series: [
        line(
          '最大值',
          t.minutes.map((m) => m.max),
          '#fa8c16',
        ),
        line(
          '平均值',
          t.minutes.map((m) => Math.round(m.avg * 100) / 100),
          '#1677ff',
        ),
        line(
          '最小值',
          t.minutes.map((m) => m.min),
          '#52c41a',
        ),
        ...(t.high !== null ? [line('高报', flat(t.high), '#faad14', true)] : []),
        ...(t.highHigh !== null ? [line('高高报', flat(t.highHigh), '#f5222d', true)] : []),
      ],
    };
  }, [q.data]);
  if (q.isLoading) return <Spin />;
  if (!option || q.data?.minutes.length === 0)
    return <Alert type="info" showIcon message={`最近 ${minutes} 分钟没有读数`} />;
  return <EChart option={option} height={320} aria-label="监测点位趋势" data-testid="monitoring-trend" />;
}
