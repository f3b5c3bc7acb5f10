import type { DenominatorInput, Page } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';
import type { Accident } from '../accident/index.ts';

export interface YearFigure {
  year: number;
  value: number | null;
  numerator: number;
  denominator: number | null;
}

/** One indicator for a division and a year (or, with `yearly`, a period). */
export interface IndicatorItem {
  key: string;
  name: string;
  kind: 'rate' | 'count';
  unit: string;
  decimals: number;
  value: number | null;
  numerator: number;
  denominator: number | null;
  denominatorKind: string | null;
  denominatorLabel: string | null;
  formula: string;
  yearlyAverage?: number | null;
  yearly?: YearFigure[];
}

export interface IndicatorRecords {
  indicator: IndicatorItem;
  counts: string;
  records: Page<Accident>;
  denominatorRows: {
    divisionCode: string;
    divisionName: string;
    year: number;
    value: number;
    source: string | null;
  }[];
}

export interface IndicatorSeries {
  key: string;
  name: string;
  unit: string;
  decimals: number;
  points: YearFigure[];
}

export interface Breakdown {
  key: string;
  name: string;
  unit: string;
  decimals: number;
  year: number;
  items: {
    divisionCode: string;
    divisionName: string;
    value: number | null;
    numerator: number;
    denominator: number | null;
    rank: number;
  }[];
}

export interface Denominator {
  divisionCode: string;
  divisionName: string;
  year: number;
  kind: string;
  kindName: string;
  unit: string;
  value: number;
  source: string | null;
  updatedAt: string;
}

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
