import type { Drops, PlanInput, ProgressStatus, TargetInput } from '@anjian/domain';
import { api } from '../../api/client.ts';

export interface Plan {
  id: string;
  divisionCode: string;
  divisionName: string;
  name: string;
  startYear: number;
  endYear: number;
  baselineFrom: number;
  baselineTo: number;
  baselineLabel: string | null;
}

export interface TargetRow {
  indicatorKey: string;
  name: string;
  kind: 'rate' | 'count';
  unit: string;
  decimals: number;
  statedBaseline: number | null;
  computedBaseline: number | null;
  baseline: number | null;
  target: number;
  note: string | null;
  decomposedFrom: string | null;
  statedDrop: number | null;
  statedAnnualDrop: number | null;
  statedAnnualDropForm: 'compound' | 'simple' | null;
  targetDrop: Drops;
  statedDropGap: number | null;
  actualYear: number | null;
  actual: number | null;
  actualDrop: Drops;
  progress: {
    year: number;
    value: number | null;
    expected: number;
    status: ProgressStatus;
    statusName: string;
  }[];
  status: ProgressStatus;
  statusName: string;
}

export interface TargetsTable {
  plan: Plan;
  division: { code: string; name: string };
  annualDropForms: Record<'compound' | 'simple', string>;
  rows: TargetRow[];
}

export const planApi = {
  list: () => api.get<Plan[]>('/plans'),
  create: (body: PlanInput) => api.post<Plan>('/plans', body),
  targets: (id: string, division: string) => api.get<TargetsTable>(`/plans/${id}/targets`, { division }),
  saveTarget: (id: string, body: TargetInput) => api.put<TargetsTable>(`/plans/${id}/targets`, body),
  decompose: (id: string, divisionCode: string) =>
    api.post<{ planId: string; from: string; targets: unknown[] }>(`/plans/${id}/decompose`, {
      divisionCode,
    }),
  exportUrl: (id: string, division: string, format: 'xlsx' | 'pdf') =>
    `/api/plans/${id}/export?division=${encodeURIComponent(division)}&format=${format}`,
};
