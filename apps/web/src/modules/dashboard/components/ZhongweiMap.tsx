import { useMemo } from 'react';
import {
  type CountyNames,
  ZHONGWEI_MAP,
  ZhongweiChart,
  useZhongweiMap,
} from '../../../components/charts/zhongwei-map.tsx';
import { type EChartsOption, tooltipLines } from '../../../components/charts/echarts.ts';
import { dark } from '../theme.ts';

export interface MapValue {
  code: string;
  name: string;
  value: number | null;
}

const figure = (v: number, decimals: number, none: string) =>
  Number.isFinite(v) ? v.toFixed(decimals) : none;

function mapOption(names: CountyNames, values: MapValue[], unit: string, decimals: number): EChartsOption {
  const nums = values.map((v) => v.value).filter((v): v is number => v !== null);
  const max = nums.length ? Math.max(...nums) : 1;
  const min = nums.length ? Math.min(...nums) : 0;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number }) =>
        tooltipLines(names[p.name] ?? p.name, `${figure(p.value, decimals, '无数据')} ${unit}`),
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
        map: ZHONGWEI_MAP,
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
            `${names[p.name] ?? p.name}\n${figure(p.value, decimals, '—')}`,
        },
        data: values.map((v) => ({ name: v.code, value: v.value ?? undefined })),
      },
    ],
  };
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
  const map = useZhongweiMap();
  const option = useMemo(
    () => (map.names ? mapOption(map.names, values, unit, decimals) : null),
    [map.names, values, unit, decimals],
  );
  return (
    <ZhongweiChart
      map={map}
      option={option}
      height={380}
      aria-label="中卫市分县区指标地图"
      data-testid="dashboard-map"
      onClick={(e) => onPick(e.name)}
    />
  );
}
