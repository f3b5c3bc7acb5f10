import { registerMap, use } from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the enterprise map draws: county outlines (geo) and scatter points.
use([ScatterChart, GeoComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init, type EChartsType } from 'echarts/core';
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

/** No animation under automation, so that screenshots and browser tests see the final frame. */
export const animation = typeof navigator === 'undefined' || !navigator.webdriver;

export const MAP_NAME = 'zhongwei-enterprises';
const CITY = '640500';

interface Geo {
  type: 'FeatureCollection';
  features: { properties: { code: string; name: string } }[];
}

let loading: Promise<void> | null = null;

/**
 * The county outlines of 中卫市, served from public/geo (copied from ../shared/data/geo; no online tiles).
 * The city outline is dropped so the counties do not overlap it.
 */
export function loadZhongwei(): Promise<void> {
  loading ??= fetch('/geo/zhongwei-640500.geojson')
    .then((r) => {
      if (!r.ok) throw new Error(`geo ${r.status}`);
      return r.json() as Promise<Geo>;
    })
    .then((geo) => {
      const counties = { ...geo, features: geo.features.filter((f) => f.properties.code !== CITY) };
      registerMap(MAP_NAME, counties as unknown as Parameters<typeof registerMap>[1]);
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}

/** One colour per supervision sector (26 sectors), distinct enough on a light map. */
export const sectorPalette = [
  '#1677ff',
  '#f5222d',
  '#fa8c16',
  '#722ed1',
  '#13c2c2',
  '#52c41a',
  '#eb2f96',
  '#faad14',
  '#2f54eb',
  '#a0d911',
  '#fa541c',
  '#08979c',
  '#9254de',
  '#d4380d',
  '#389e0d',
  '#c41d7f',
  '#d48806',
  '#096dd9',
  '#7cb305',
  '#cf1322',
  '#531dab',
  '#006d75',
  '#ad4e00',
  '#10239e',
  '#874d00',
  '#5b8c00',
];
