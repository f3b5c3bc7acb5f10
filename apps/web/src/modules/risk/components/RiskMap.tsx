import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import { type RiskColor, riskColorNames } from '@anjian/domain';
import {
  type EChartsOption,
  type EChartsType,
  MAP_NAME,
  animation,
  init,
  loadZhongwei,
} from '../../enterprise/map/map-echarts.ts';
import { riskHex } from '../../../components/RiskColorTag.tsx';
import type { RiskMapCounts, RiskMapItem } from '../risk.api.ts';

declare global {
  interface Window {
    /** The four-colour map's chart, exposed under automation only. */
    __anjianRiskMap?: EChartsType;
  }
}

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
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const pickRef = useRef(onPick);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    pickRef.current = onPick;
  }, [onPick]);
  useEffect(() => {
    loadZhongwei()
      .then(() => setReady(true))
      .catch(() => setFailed(true));
  }, []);
  useEffect(() => {
    if (!ready || !box.current) return;
    const c = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    if (!animation) window.__anjianRiskMap = c;
    c.on('click', (p) => {
      const id = (p as { data?: { id?: string } }).data?.id;
      if (id) pickRef.current(id);
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
      if (window.__anjianRiskMap === c) delete window.__anjianRiskMap;
    };
  }, [ready]);

  const option = useMemo<EChartsOption>(
    () => ({
      animation,
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; name: string }) => `${p.name}<br/>${p.seriesName}`,
      },
      legend: { bottom: 0, left: 'center', itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 14 } },
      geo: {
        map: MAP_NAME,
        nameProperty: 'name',
        roam: true,
        scaleLimit: { min: 0.8, max: 12 },
        top: 16,
        bottom: 44,
        label: { show: true, color: '#5c6b7a', fontSize: 13 },
        itemStyle: { areaColor: '#f5f7fa', borderColor: '#7c9cc9', borderWidth: 1.2 },
        emphasis: { disabled: true },
        tooltip: { show: false },
      },
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
    }),
    [items, counts],
  );
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option, ready]);

  if (failed) return <Alert type="error" message="地图轮廓加载失败" />;
  return (
    <Spin spinning={!ready}>
      <div
        ref={box}
        role="img"
        aria-label="中卫市四色风险图"
        data-testid="risk-map"
        style={{ width: '100%', height, cursor: 'pointer' }}
      />
    </Spin>
  );
}
