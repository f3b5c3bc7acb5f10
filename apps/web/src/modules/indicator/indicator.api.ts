import type {
  DenominatorDto,
  DenominatorInput,
  IndicatorBreakdownDto,
  IndicatorRecordsDto,
  IndicatorSeriesDto,
  IndicatorValueDto,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with (issue 10).
export type IndicatorItem = IndicatorValueDto;
export type IndicatorRecords = IndicatorRecordsDto;
export type IndicatorSeries = IndicatorSeriesDto;
export type Breakdown = IndicatorBreakdownDto;

export type Denominator = DenominatorDto;

export type IndicatorScope =
  { division: string; year: number } | { division: string; from: number; to: number };

const fileUrl = (path: string, query: Record<string, string | number>) =>
  `/api${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;

export const indicatorApi = {
  list: (scope: IndicatorScope) => api.get<IndicatorItem[]>('/indicators', scope),
  records: (key: string, query: Query) => api.get<IndicatorRecords>(`/indicators/${key}/records`, query),
  series: (query: { division: string; key: string; from: number; to: number }) =>
    api.get<IndicatorSeries>('/indicators/series', query),
  breakdown: (query: { parent: string; key: string; year: number }) =>
    api.get<Breakdown>('/indicators/breakdown', query),
  exportUrl: (scope: IndicatorScope, format: 'xlsx' | 'pdf') =>
    fileUrl('/indicators/export', { ...scope, format }),
  denominators: (query: Query) => api.get<Denominator[]>('/denominators', query),
  saveDenominator: (body: DenominatorInput) => api.put<{ saved: number }>('/denominators', body),
  saveDenominators: (rows: DenominatorInput[]) =>
    api.post<{ saved: number }>('/denominators/batch', { rows }),
  templateUrl: () => '/api/denominators/template',
};

/** A figure at its indicator's precision ('—' when it cannot be computed). */
export const fmtFigure = (v: number | null | undefined, decimals: number) =>
  v === null || v === undefined ? '—' : v.toFixed(decimals);

export const importDenominators = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api.upload<{ saved: number }>('/denominators/import', form);
};
