import { useEffect, useRef } from 'react';
import { type EChartsOption, type EChartsType, animation, init } from '../echarts.ts';

export interface ChartClick {
  name: string;
  seriesName?: string;
  dataIndex: number;
  data?: unknown;
}

interface Props {
  option: EChartsOption;
  height: number;
  onClick?: (e: ChartClick) => void;
  'data-testid'?: string;
  'aria-label': string;
}

/** One ECharts instance bound to a div: re-rendered on option change, resized with its box, disposed on unmount. */
export function EChart({ option, height, onClick, ...rest }: Props) {
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
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation, backgroundColor: 'transparent', ...option }, true);
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
