import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { EChart, type EChartProps } from './EChart.tsx';
import { type EChartsOption, registerMap } from './echarts.ts';

/** The registered name of 中卫市's county outlines, for `geo.map` and map series. */
export const ZHONGWEI_MAP = 'zhongwei';
const CITY = '640500';

/** County names by GB/T 2260 code (a map series with `nameProperty: 'code'` reports codes). */
export type CountyNames = Record<string, string>;

interface Geo {
  type: 'FeatureCollection';
  features: { properties: { code: string; name: string } }[];
}

let loading: Promise<CountyNames> | null = null;

/**
 * Loads the county outlines of 中卫市 once (public/geo, copied from the repository's reference data; no
 * online tiles) and registers them once. The city outline is dropped so the counties do not overlap
 * it. Features carry both `code` and `name`, so a chart picks either as its `nameProperty`.
 */
export function loadZhongweiMap(): Promise<CountyNames> {
  loading ??= fetch('/geo/zhongwei-640500.geojson')
    .then((r) => {
      if (!r.ok) throw new Error(`geo ${r.status}`);
      return r.json() as Promise<Geo>;
    })
    .then((geo) => {
      const counties = { ...geo, features: geo.features.filter((f) => f.properties.code !== CITY) };
      registerMap(ZHONGWEI_MAP, counties as unknown as Parameters<typeof registerMap>[1]);
      return Object.fromEntries(counties.features.map((f) => [f.properties.code, f.properties.name]));
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}

export interface ZhongweiMapState {
  /** Set once the outlines are registered: build the option then. */
  names: CountyNames | null;
  failed: boolean;
}

/** The outlines' state for a chart on them (the dashboard, the enterprise and risk maps …). */
export function useZhongweiMap(): ZhongweiMapState {
  const q = useQuery({
    queryKey: ['geo', ZHONGWEI_MAP],
    queryFn: loadZhongweiMap,
    staleTime: Infinity,
    gcTime: Infinity,
    meta: { quiet: true },
  });
  return { names: q.data ?? null, failed: q.isError };
}

/** The 中卫市 outlines for a `geo` component with points on it (scatter series with `coordinateSystem: 'geo'`). */
export const zhongweiGeo = (areaColor: string) => ({
  map: ZHONGWEI_MAP,
  nameProperty: 'name',
  roam: true,
  scaleLimit: { min: 0.8, max: 12 },
  top: 16,
  bottom: 44,
  label: { show: true, color: '#5c6b7a', fontSize: 13 },
  itemStyle: { areaColor, borderColor: '#7c9cc9', borderWidth: 1.2 },
  emphasis: { disabled: true },
  tooltip: { show: false },
});

/**
 * A chart on the county outlines: a spinner of the chart's height until they are registered (`option`
 * is null until then), an error when they cannot be loaded.
 */
export function ZhongweiChart({
  map,
  option,
  ...chart
}: Omit<EChartProps, 'option'> & { map: ZhongweiMapState; option: EChartsOption | null }) {
  if (map.failed) return <Alert type="error" message="地图轮廓加载失败" />;
  if (!option)
    return (
      <Spin>
        <div style={{ height: chart.height }} />
      </Spin>
    );
  return <EChart option={option} {...chart} />;
}
