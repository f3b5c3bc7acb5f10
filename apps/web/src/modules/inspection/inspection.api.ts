import type { Inspection, InspectionSummary, Page } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export const inspectionApi = {
  list: (query: Query) => api.get<Page<InspectionSummary>>('/inspections', query),
  get: (id: string) => api.get<Inspection>(`/inspections/${id}`),
  documentUrl: (inspectionId: string, documentId: string) =>
    `/api/inspections/${inspectionId}/documents/${documentId}/pdf`,
};
