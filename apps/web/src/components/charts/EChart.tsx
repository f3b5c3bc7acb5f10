import { useEffect, useRef } from 'react';
import { type EChartsOption, type EChartsType, animation, init } from './echarts.ts';

declare global {
  interface Window {
    /** The enterprise map's chart, exposed under automation only (browser tests find points with it). */
    __anjianEnterpriseMap?: EChartsType;
    /** The four-colour map's chart, exposed under automation only. */
    __anjianRiskMap?: EChartsType;
    /** The major hazard sources' map, exposed under automation only. */
    __anjianMajorHazardMap?: EChartsType;
    /** The open monitoring alarms' map, exposed under automation only. */
    __anjianMonitoringMap?: EChartsType;
  }
}

export interface ChartClick {
  name: string;
  seriesName?: string;
  dataIndex: number;
  data?: unknown;
}

export interface EChartProps {
  option: EChartsOption;
  height: number | string;
  onClick?: (e: ChartClick) => void;
  /** Under automation, the instance is put on `window` under this name for the browser tests. */
  exposeAs?: '__anjianEnterpriseMap' | '__anjianRiskMap' | '__anjianMajorHazardMap' | '__anjianMonitoringMap';
  'data-testid'?: string;
  'aria-label': string;
}

/**
 * One ECharts instance bound to a div: created on mount, given each new option (not merged), resized
 * with its box, disposed on unmount. Animation is off under automation.
 */
export function EChart({ option, height, onClick, exposeAs, ...rest }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    if (!box.current) return;
    const c = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    if (exposeAs && !animation) window[exposeAs] = c;
    c.on('click', (p) => {
      const e = p as unknown as ChartClick;
      clickRef.current?.({ name: e.name, seriesName: e.seriesName, dataIndex: e.dataIndex, data: e.data });
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
      if (exposeAs && window[exposeAs] === c) delete window[exposeAs];
    };
  }, [exposeAs]);

  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...option, animation }, true);
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      {...rest}
    />
  );
}
