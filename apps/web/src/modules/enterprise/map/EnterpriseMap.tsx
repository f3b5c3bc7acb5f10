import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import { sectors } from '@anjian/domain';
import type { MapPoint } from '../enterprise.api.ts';
import {
  type EChartsOption,
  type EChartsType,
  MAP_NAME,
  animation,
  init,
  loadZhongwei,
  sectorPalette,
} from './map-echarts.ts';

declare global {
  interface Window {
    /** The enterprise map's chart, exposed under automation only (browser tests find points with it). */
    __anjianEnterpriseMap?: EChartsType;
  }
}

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
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const openRef = useRef(onOpen);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    loadZhongwei()
      .then(() => setReady(true))
      .catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    if (!ready || !box.current) return;
    const c = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    if (!animation) window.__anjianEnterpriseMap = c;
    c.on('click', (p) => {
      const d = (p as { data?: Partial<Datum> }).data;
      if (d?.id) openRef.current(d.id);
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
      if (window.__anjianEnterpriseMap === c) delete window.__anjianEnterpriseMap;
    };
  }, [ready]);

  const option = useMemo<EChartsOption>(() => {
    const present = sectors.filter((s) => points.some((p) => p.sector === s.code));
    return {
      animation,
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; data: Datum }) =>
          `${p.data.name}<br/>${p.seriesName} · ${statusNames[p.data.status] ?? p.data.status}`,
      },
      legend: { type: 'scroll', bottom: 0, left: 8, right: 8, itemWidth: 12, itemHeight: 10 },
      geo: {
        map: MAP_NAME,
        nameProperty: 'name',
        roam: true,
        scaleLimit: { min: 0.8, max: 12 },
        top: 16,
        bottom: 44,
        label: { show: true, color: '#5c6b7a', fontSize: 13 },
        itemStyle: { areaColor: '#f0f5ff', borderColor: '#7c9cc9', borderWidth: 1.2 },
        emphasis: { disabled: true },
        tooltip: { show: false },
      },
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
  }, [points, statusNames]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option, ready]);

  if (failed) return <Alert type="error" message="地图轮廓加载失败" />;
  return (
    <Spin spinning={!ready}>
      <div
        ref={box}
        role="img"
        aria-label="中卫市企业分布图"
        data-testid="enterprise-map"
        style={{ width: '100%', height, cursor: 'pointer' }}
      />
    </Spin>
  );
}
