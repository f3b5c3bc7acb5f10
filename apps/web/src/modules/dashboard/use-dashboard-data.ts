import { useEffect, useState } from 'react';
import { useApiError } from '../../api/use-api-error.ts';
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
export function useDashboardData(division: string, key: string, year: number | null, span: number) {
  const onError = useApiError();
  const [data, setData] = useState<DashboardData | null>(null);

  useEffect(() => {
    if (!year) return;
    let alive = true;
    setData(null);
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
    Promise.all([
      indicatorApi.list({ division, year }),
      indicatorApi.series({ division, key, from, to: year }),
      accidentApi.stats({ division, from, to: year }),
      accidentApi.stats({ division, from: year, to: year }),
      ranking,
      mapBreakdown,
    ])
      .then(([indicators, series, trendStats, yearStats, rank, mapRows]) => {
        if (!alive) return;
        const own = indicators.find((i) => i.key === key);
        const map: MapValue[] = mapRows
          ? mapRows.items.map((i) => ({ code: i.divisionCode, name: i.divisionName, value: i.value }))
          : own && isCounty(division)
            ? [{ code: division, name: '', value: own.value }]
            : [];
        setData({ indicators, series, trendStats, yearStats, ranking: rank, map });
      })
      .catch((err: unknown) => onError(err));
    return () => {
      alive = false;
    };
  }, [division, key, year, span, onError]);

  return data;
}
