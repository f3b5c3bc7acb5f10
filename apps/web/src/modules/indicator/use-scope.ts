import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../app/auth.tsx';
import { accidentApi } from '../accident/index.ts';
import { indicatorApi } from './indicator.api.ts';

/** The province when the user has no division (the scope check on the server still applies). */
const FALLBACK_DIVISION = '640500';

/** The rates the 驾驶舱's tiles show: a year is complete when all their denominators are entered. */
export const BASE_KEYS = ['gdp_death_rate', 'road_death_rate'] as const;

/**
 * The default year of the statistics pages: the latest year whose denominators are complete (issue 11),
 * else the last year with records, else last year.
 */
export async function latestYear(division: string): Promise<number> {
  const now = new Date().getFullYear();
  const from = now - 30;
  const [stats, ...series] = await Promise.all([
    accidentApi.stats({ division, from, to: now }),
    ...BASE_KEYS.map((key) => indicatorApi.series({ division, key, from, to: now })),
  ]);
  const complete = (y: number) =>
    series.every((s) => s.points.some((p) => p.year === y && p.denominator !== null));
  const withBase = Array.from({ length: now - from + 1 }, (_, i) => now - i).find(complete);
  if (withBase !== undefined) return withBase;
  const years = stats.byYear.filter((y) => y.accidents > 0).map((y) => y.year);
  return years.length ? Math.max(...years) : now - 1;
}

/**
 * The division and year the statistics pages show: from the query string (links, drill-downs), else the
 * user's own division and the last year with records. Changes are written back to the query string.
 */
export function useStatScope() {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const division = params.get('division') ?? me?.user.divisionCode ?? FALLBACK_DIVISION;
  const yearParam = Number(params.get('year'));
  const defaultYear =
    useQuery({
      queryKey: ['indicator', 'latest-year', division],
      queryFn: () => latestYear(division).catch(() => new Date().getFullYear() - 1),
      enabled: !yearParam,
    }).data ?? null;

  const set = (patch: Record<string, string | number | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      },
      { replace: true },
    );

  return { division, year: yearParam || defaultYear, params, set };
}
