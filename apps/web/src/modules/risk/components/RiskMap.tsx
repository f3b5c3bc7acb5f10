import { useMemo } from 'react';
import { type RiskColor, riskColorNames } from '@anjian/domain';
import { type EChartsOption, tooltipLines } from '../../../components/charts/echarts.ts';
import { ZhongweiChart, useZhongweiMap, zhongweiGeo } from '../../../components/charts/zhongwei-map.tsx';
import { riskHex } from '../../../components/RiskColorTag.tsx';
import type { RiskMapCounts, RiskMapItem } from '../risk.api.ts';

const order: RiskColor[] = ['red', 'orange', 'yellow', 'blue'];
const seriesName = (c: RiskColor, counts: RiskMapCounts) => `${riskColorNames[c]}（${counts[c]}）`;

/** 四色风险图: enterprises on the county outlines of 中卫市, coloured by their derived grade. */
export function RiskMap({
  items,
  counts,
  onPick,
  height,
}: {
  items: RiskMapItem[];
  counts: RiskMapCounts;
  onPick: (id: string) => void;
  height: number | string;
}) {
  const map = useZhongweiMap();
  const option = useMemo<EChartsOption | null>(
    () =>
      map.names && {
        tooltip: {
          trigger: 'item',
          formatter: (p: { seriesName: string; name: string }) => tooltipLines(p.name, p.seriesName),
        },
        legend: { bottom: 0, left: 'center', itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 14 } },
        geo: zhongweiGeo('#f5f7fa'),
        series: order.map((c) => ({
          type: 'scatter',
          name: seriesName(c, counts),
          coordinateSystem: 'geo',
          symbolSize: 12,
          itemStyle: { color: riskHex[c], borderColor: '#fff', borderWidth: 1 },
          emphasis: { scale: 1.6 },
          data: items
            .filter((i) => i.color === c && i.longitude !== null && i.latitude !== null)
            .map((i) => ({ name: i.name, value: [i.longitude, i.latitude], id: i.id })),
        })),
      },
    [map.names, items, counts],
  );

  return (
    <ZhongweiChart
      map={map}
      option={option}
      height={height}
      aria-label="中卫市四色风险图"
      data-testid="risk-map"
      exposeAs="__anjianRiskMap"
      onClick={(e) => {
        const id = (e.data as { id?: string } | undefined)?.id;
        if (id) onPick(id);
      }}
    />
  );
}
