import { useMemo } from 'react';
import { sectors } from '@anjian/domain';
import { type EChartsOption, tooltipLines } from '../../../components/charts/echarts.ts';
import { ZhongweiChart, useZhongweiMap, zhongweiGeo } from '../../../components/charts/zhongwei-map.tsx';
import type { MapPoint } from '../enterprise.api.ts';
import { sectorPalette } from './palette.ts';

interface Props {
  points: MapPoint[];
  statusNames: Record<string, string>;
  onOpen: (id: string) => void;
  height: number | string;
}

interface Datum {
  name: string;
  value: [number, number];
  id: string;
  status: string;
}

/** Enterprises as points on the county outlines of 中卫市, one colour (and legend entry) per sector. */
export function EnterpriseMap({ points, statusNames, onOpen, height }: Props) {
  const map = useZhongweiMap();
  const option = useMemo<EChartsOption | null>(() => {
    if (!map.names) return null;
    const present = sectors.filter((s) => points.some((p) => p.sector === s.code));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; data: Datum }) =>
          tooltipLines(p.data.name, `${p.seriesName} · ${statusNames[p.data.status] ?? p.data.status}`),
      },
      legend: { type: 'scroll', bottom: 0, left: 8, right: 8, itemWidth: 12, itemHeight: 10 },
      geo: zhongweiGeo('#f0f5ff'),
      series: present.map((s) => ({
        type: 'scatter',
        name: s.name,
        coordinateSystem: 'geo',
        symbolSize: 7,
        itemStyle: { color: sectorPalette[sectors.indexOf(s) % sectorPalette.length], opacity: 0.85 },
        emphasis: { scale: 1.8 },
        data: points
          .filter((p) => p.sector === s.code)
          .map((p) => ({ name: p.name, value: [p.lon, p.lat], id: p.id, status: p.status })),
      })),
    };
  }, [map.names, points, statusNames]);

  return (
    <ZhongweiChart
      map={map}
      option={option}
      height={height}
      aria-label="中卫市企业分布图"
      data-testid="enterprise-map"
      exposeAs="__anjianEnterpriseMap"
      onClick={(e) => {
        const id = (e.data as Partial<Datum> | undefined)?.id;
        if (id) onOpen(id);
      }}
    />
  );
}
