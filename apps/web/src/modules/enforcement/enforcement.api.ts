import type {
  CaseDetailDto,
  CaseStepInput,
  CaseSummaryDto,
  InspectionDrawDto,
  InspectionDrawInput,
  InspectionPlanDto,
  Page,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with.
export type CaseSummary = CaseSummaryDto;
export type CaseDetail = CaseDetailDto;
export type InspectionPlan = InspectionPlanDto;
export type InspectionDraw = InspectionDrawDto;

export const enforcementApi = {
  cases: (query: Query) => api.get<Page<CaseSummary>>('/enforcement/cases', query),
  getCase: (id: string) => api.get<CaseDetail>(`/enforcement/cases/${id}`),
  documentUrl: (caseId: string, documentId: string) =>
    `/api/enforcement/cases/${caseId}/documents/${documentId}/pdf`,
  step: (id: string, body: CaseStepInput) => api.post<CaseDetail>(`/enforcement/cases/${id}/steps`, body),
  plans: (query: Query) => api.get<Page<InspectionPlan>>('/enforcement/plans', query),
  draws: (planId: string) => api.get<InspectionDraw[]>('/enforcement/draws', { planId }),
  draw: (planId: string, body: Partial<InspectionDrawInput>) =>
    api.post<InspectionDraw>(`/enforcement/plans/${planId}/draws`, body),
};
