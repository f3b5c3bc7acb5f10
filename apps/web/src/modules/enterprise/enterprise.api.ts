import type {
  CreateEnterpriseInput,
  EnterpriseStatus,
  EnterpriseStatusInput,
  GridAssignmentInput,
  ImportIssue,
  Page,
  UpdateEnterpriseInput,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

/** Grid responsibility as the list presents it. */
export interface GridSummary {
  gridUserId: string | null;
  gridUserName: string | null;
  industryDepartmentId: string | null;
  industryDepartmentName: string | null;
}

/** A row of the enterprise list (docs/api-enterprise.md `EnterpriseSummary`). */
export interface EnterpriseSummary {
  id: string;
  creditCode: string;
  name: string;
  divisionCode: string;
  divisionName: string;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  sector: string;
  sectorName: string;
  secondarySectors: string[];
  sizeClass: string | null;
  sizeClassName: string | null;
  employees: number | null;
  status: EnterpriseStatus;
  statusName: string;
  standardizationLevel: string;
  principal: string | null;
  grid: GridSummary;
  updatedAt: string;
}

export interface Licence {
  kind: string;
  number: string;
  issuer?: string | null;
  expiresOn?: string | null;
}

export interface Insurance {
  insurer: string;
  policyNo: string;
  expiresOn: string;
  insuredAmount?: number | null;
}

export interface SafetyCost {
  year: number;
  extracted: number;
  used: number;
}

export interface StatusChange {
  fromStatus: string;
  toStatus: string;
  reason: string;
  effectiveOn: string;
  username: string | null;
  at: string;
}

export interface Enterprise extends EnterpriseSummary {
  industryCode: string | null;
  safetyManager: string | null;
  registeredSafetyEngineers: number;
  standardizationLevelName: string;
  licences: Licence[];
  liabilityInsurance: Insurance | null;
  safetyCosts: SafetyCost[];
  highRiskProcesses: string[];
  grid: GridSummary & {
    industryPerson: string | null;
    enterprisePerson: string | null;
    focus: string | null;
  };
  statusHistory: StatusChange[];
  createdAt: string;
}

export interface ChangeEntry {
  id: number;
  at: string;
  username: string | null;
  roleCode: string | null;
  byEnterprise: boolean;
  source: 'create' | 'update' | 'status' | 'grid' | 'import';
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface MapPoint {
  id: string;
  name: string;
  sector: string;
  status: string;
  divisionCode: string;
  lon: number;
  lat: number;
}

export interface ImportResult {
  totalRows: number;
  imported: number;
  skipped: ImportIssue[];
}

export interface CoverageRow {
  code: string;
  name: string;
  total: number;
  noTerritorial: number;
  noIndustry: number;
}

export interface Workload {
  userId: string;
  displayName: string;
  divisionCode: string;
  divisionName: string;
  enterprises: number;
}

export interface Coverage {
  division: { code: string; name: string };
  totals: { total: number; noTerritorial: number; noIndustry: number };
  divisions: CoverageRow[];
  gaps: { items: EnterpriseSummary[]; total: number };
  workload: Workload[];
}

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
  create: (body: CreateEnterpriseInput) => api.post<Enterprise>('/enterprises', body),
  update: (id: string, body: UpdateEnterpriseInput) => api.patch<Enterprise>(`/enterprises/${id}`, body),
  setStatus: (id: string, body: EnterpriseStatusInput) =>
    api.post<Enterprise>(`/enterprises/${id}/status`, body),
  changes: (id: string, query: Query) => api.get<Page<ChangeEntry>>(`/enterprises/${id}/changes`, query),
  map: (filter: EnterpriseFilter) =>
    api.get<{ items: MapPoint[]; total: number; truncated: boolean }>('/enterprises/map', { ...filter }),
  checkCreditCode: (code: string) => api.post<CreditCodeCheck>('/calc/credit-code', { code }),
  exportUrl: (filter: EnterpriseFilter) => `/api/enterprises/export${qs({ ...filter })}`,
  templateUrl: () => '/api/enterprises/import-template',
  import: (file: File, mode: 'all' | 'valid-only') => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<ImportResult>(`/enterprises/import?mode=${mode}`, form);
  },
  assignGrid: (id: string, body: GridAssignmentInput) => api.put<Enterprise>(`/enterprises/${id}/grid`, body),
  bulkAssign: (body: GridAssignmentInput & { enterpriseIds: string[] }) =>
    api.post<{ updated: number }>('/grid/assignments', body),
  coverage: (divisionCode?: string) => api.get<Coverage>('/grid/coverage', { divisionCode }),
};
