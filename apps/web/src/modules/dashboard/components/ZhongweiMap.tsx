import { useEffect, useMemo, useState } from 'react';
import { Spin, Typography } from 'antd';
import { type EChartsOption, dark, registerMap } from '../echarts.ts';
import { EChart } from './EChart.tsx';

export interface MapValue {
  code: string;
  name: string;
  value: number | null;
}

const MAP = 'zhongwei';
const CITY = '640500';
let loading: Promise<Record<string, string>> | null = null;

interface Geo {
  type: 'FeatureCollection';
  features: { properties: { code: string; name: string } }[];
}

/** Loads the county outlines once (public/geo, no online tiles); the city outline is dropped so counties do not overlap. */
function loadMap(): Promise<Record<string, string>> {
  loading ??= fetch('/geo/zhongwei-640500.geojson')
    .then((r) => {
      if (!r.ok) throw new Error(`geo ${r.status}`);
      return r.json() as Promise<Geo>;
    })
    .then((geo) => {
      const counties = { ...geo, features: geo.features.filter((f) => f.properties.code !== CITY) };
      registerMap(MAP, counties as unknown as Parameters<typeof registerMap>[1]);
      return Object.fromEntries(counties.features.map((f) => [f.properties.code, f.properties.name]));
    });
  return loading;
}

/** 中卫市 by county, coloured by the chosen indicator; a click drills down to the county. */
export function ZhongweiMap({
  values,
  unit,
  decimals,
  onPick,
}: {
  values: MapValue[];
  unit: string;
  decimals: number;
  onPick: (code: string) => void;
}) {
  const [names, setNames] = useState<Record<string, string> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadMap()
      .then(setNames)
      .catch(() => setFailed(true));
  }, []);

  const option = useMemo<EChartsOption>(() => {
    const nums = values.map((v) => v.value).filter((v): v is number => v !== null);
    const max = nums.length ? Math.max(...nums) : 1;
    const min = nums.length ? Math.min(...nums) : 0;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number }) =>
          `${names?.[p.name] ?? p.name}<br/>${Number.isFinite(p.value) ? p.value.toFixed(decimals) : '无数据'} ${unit}`,
      },
      visualMap: {
        min: min < max ? min : 0,
        max: max > 0 ? max : 1,
        precision: decimals,
        left: 8,
        bottom: 8,
        text: ['高', '低'],
        calculable: true,
        textStyle: { color: dark.text },
        inRange: { color: ['#1d3a5f', '#2f6f8f', '#ffc53d', '#ff4d4f'] },
      },
      series: [
        {
          type: 'map',
          map: MAP,
          nameProperty: 'code',
          roam: false,
          selectedMode: false,
          itemStyle: { borderColor: '#9cc3ff', borderWidth: 1.2, areaColor: '#1d3a5f' },
          emphasis: { itemStyle: { areaColor: '#36cfc9' }, label: { color: '#001529' } },
          label: {
            show: true,
            color: '#ffffff',
            fontSize: 13,
            formatter: (p: { name: string; value: number }) =>
              `${names?.[p.name] ?? p.name}\n${Number.isFinite(p.value) ? p.value.toFixed(decimals) : '—'}`,
          },
          data: values.map((v) => ({ name: v.code, value: v.value ?? undefined })),
        },
      ],
    };
  }, [values, names, unit, decimals]);

  if (failed) return <Typography.Text type="danger">地图轮廓加载失败</Typography.Text>;
  if (!names) return <Spin />;
  return (
    <EChart
      option={option}
      height={380}
      aria-label="中卫市分县区指标地图"
      data-testid="dashboard-map"
      onClick={(e) => onPick(e.name)}
    />
  );
}
