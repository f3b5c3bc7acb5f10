import type { PlanDto, PlanInput, PlanTableDto, TargetInput, TargetRowDto } from '@anjian/domain';
import { api } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with (issue 10).
export type Plan = PlanDto;
export type TargetRow = TargetRowDto;
export type TargetsTable = PlanTableDto;

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
