import { format, use } from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts and components the pages draw (tree-shaken; the echarts chunk is loaded with them):
// the 驾驶舱 (map, line, bar, pie), the hazard statistics, and points on the county outlines (geo, scatter).
use([
  MapChart,
  LineChart,
  BarChart,
  PieChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { init, registerMap, type EChartsType } from 'echarts/core';
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

/** No animation under automation: screenshots and browser tests see the final frame. */
export const animation = typeof navigator === 'undefined' || !navigator.webdriver;

/**
 * The HTML of a tooltip from lines of plain text. A formatter function's result is inserted as HTML
 * (only ECharts' string templates are escaped), and names come from users: every line is encoded.
 */
export const tooltipLines = (...lines: string[]): string =>
  lines.map((l) => format.encodeHTML(l)).join('<br/>');
