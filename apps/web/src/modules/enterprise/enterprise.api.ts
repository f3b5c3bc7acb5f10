import type {
  CreateEnterpriseInput,
  EnterpriseChangeDto,
  EnterpriseDetailDto,
  EnterpriseImportOutcomeDto,
  EnterpriseMapDto,
  EnterpriseMapPointDto,
  EnterpriseStatusInput,
  EnterpriseSummaryDto,
  GridAssignmentInput,
  GridCoverageDto,
  Page,
  UpdateEnterpriseInput,
  SimilarNamesDto,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with (issue 10).
export type EnterpriseSummary = EnterpriseSummaryDto;
export type Enterprise = EnterpriseDetailDto;
export type Licence = Enterprise['licences'][number];
export type SafetyCost = Enterprise['safetyCosts'][number];
export type StatusChange = Enterprise['statusHistory'][number];
export type ChangeEntry = EnterpriseChangeDto;
export type MapPoint = EnterpriseMapPointDto;
export type ImportResult = EnterpriseImportOutcomeDto;
export type Coverage = GridCoverageDto;
export type CoverageRow = Coverage['divisions'][number];
export type Workload = Coverage['workload'][number];

export type CreditCodeCheck =
  { valid: true; code: string } | { valid: false; reason: string; problem: string };

/** The list filters shared by the list, the export and the map. */
export interface EnterpriseFilter {
  q?: string;
  divisionCode?: string;
  sector?: string;
  status?: string;
  sizeClass?: string;
  standardizationLevel?: string;
  gap?: 'territorial' | 'industry' | 'any';
  gridUserId?: string;
  agencyId?: string;
}

const qs = (query: Query) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** Saves a Blob the page already holds (a generated report) under `filename`. */
export function saveBlob(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Starts a browser download of a same-origin GET (the session cookie goes along). */
export function download(href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export const enterpriseApi = {
  list: (query: Query) => api.get<Page<EnterpriseSummary>>('/enterprises', query),
  get: (id: string) => api.get<Enterprise>(`/enterprises/${id}`),
  similarNames: (name: string, excludeId?: string) =>
    api.get<SimilarNamesDto>('/enterprises/similar-names', { name, ...(excludeId ? { excludeId } : {}) }),
  create: (body: CreateEnterpriseInput) => api.post<Enterprise>('/enterprises', body),
  update: (id: string, body: UpdateEnterpriseInput) => api.patch<Enterprise>(`/enterprises/${id}`, body),
  setStatus: (id: string, body: EnterpriseStatusInput) =>
    api.post<Enterprise>(`/enterprises/${id}/status`, body),
  changes: (id: string, query: Query) => api.get<Page<ChangeEntry>>(`/enterprises/${id}/changes`, query),
  map: (filter: EnterpriseFilter) => api.get<EnterpriseMapDto>('/enterprises/map', { ...filter }),
  checkCreditCode: (code: string) => api.post<CreditCodeCheck>('/calc/credit-code', { code }),
  exportUrl: (filter: EnterpriseFilter) => `/api/enterprises/export${qs({ ...filter })}`,
  templateUrl: () => '/api/enterprises/import-template',
  import: (file: File, mode: 'all' | 'valid-only') => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<ImportResult>(`/enterprises/import?mode=${mode}`, form);
  },
  /** The uploaded rows back as .xlsx with 错误说明 and the bad cells marked. */
  errorReport: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.uploadForFile('/enterprises/import/error-report', form);
  },
  assignGrid: (id: string, body: GridAssignmentInput) => api.put<Enterprise>(`/enterprises/${id}/grid`, body),
  bulkAssign: (body: GridAssignmentInput & { enterpriseIds: string[] }) =>
    api.post<{ updated: number }>('/grid/assignments', body),
  coverage: (divisionCode?: string) => api.get<Coverage>('/grid/coverage', { divisionCode }),
};
