import { use } from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts and components the 驾驶舱 draws (tree-shaken; the dashboard chunk carries them).
use([
  MapChart,
  LineChart,
  BarChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { init, registerMap, type EChartsType } from 'echarts/core';
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

/** No animation under automation (screenshots and browser tests see the final frame). */
export const animation = typeof navigator === 'undefined' || !navigator.webdriver;

/** The 驾驶舱 palette: light text on a dark navy ground, high-contrast accents. */
export const dark = {
  text: '#d6e4ff',
  muted: '#8fa3c7',
  line: 'rgba(143,163,199,0.25)',
  accent: ['#36cfc9', '#ffc53d', '#ff7a45', '#597ef7', '#73d13d', '#f759ab', '#9254de'],
};
