import { useQuery } from '@tanstack/react-query';
import { type AccidentStats, accidentApi } from '../accident/index.ts';
import {
  type Breakdown,
  type IndicatorItem,
  type IndicatorSeries,
  indicatorApi,
} from '../indicator/index.ts';
import type { MapValue } from './components/ZhongweiMap.tsx';

export const CITY = '640500';
const isCounty = (code: string) => /^6405\d\d$/.test(code) && code !== CITY;

export interface DashboardData {
  indicators: IndicatorItem[];
  series: IndicatorSeries;
  trendStats: AccidentStats;
  yearStats: AccidentStats;
  ranking: Breakdown | null;
  map: MapValue[];
}

/** Every call of the 驾驶舱 (docs/api-accident.md, "What the dashboard should call") for one division, key and year. */
async function loadDashboard(
  division: string,
  key: string,
  year: number,
  span: number,
): Promise<DashboardData> {
  const from = year - span;
  const ranking =
    isCounty(division) || division === CITY
      ? indicatorApi.breakdown({ parent: division, key, year })
      : Promise.resolve(null);
  const mapBreakdown =
    division === CITY
      ? ranking
      : isCounty(division)
        ? Promise.resolve(null)
        : indicatorApi.breakdown({ parent: CITY, key, year }).catch(() => null);
  const [indicators, series, trendStats, yearStats, rank, mapRows] = await Promise.all([
    indicatorApi.list({ division, year }),
    indicatorApi.series({ division, key, from, to: year }),
    accidentApi.stats({ division, from, to: year }),
    accidentApi.stats({ division, from: year, to: year }),
    ranking,
    mapBreakdown,
  ]);
  const own = indicators.find((i) => i.key === key);
  const map: MapValue[] = mapRows
    ? mapRows.items.map((i) => ({ code: i.divisionCode, name: i.divisionName, value: i.value }))
    : own && isCounty(division)
      ? [{ code: division, name: '', value: own.value }]
      : [];
  return { indicators, series, trendStats, yearStats, ranking: rank, map };
}

/** The dashboard's figures; null until they are all in (and again while another year or key loads). */
export function useDashboardData(division: string, key: string, year: number | null, span: number) {
  return (
    useQuery({
      queryKey: ['dashboard', division, key, year, span],
      queryFn: () => loadDashboard(division, key, year ?? 0, span),
      enabled: year !== null && year > 0,
    }).data ?? null
  );
}
