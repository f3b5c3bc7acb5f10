import type { AgencyInput, ContractInput, Page, StaffInput, VisitInput } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export interface Qualification {
  kind: string;
  number: string;
  level: string | null;
  issuer: string | null;
  expiresOn: string;
  expired: boolean;
  expiringSoon: boolean;
}

/** A third-party agency as the list presents it (docs/api-enterprise.md `Agency`). */
export interface Agency {
  id: string;
  name: string;
  creditCode: string;
  divisionCode: string;
  divisionName: string;
  address: string | null;
  contactPerson: string | null;
  qualifications: Qualification[];
  nextExpiry: string | null;
  staffCount: number;
  activeContracts: number;
}

export interface Staff {
  id: string;
  name: string;
  title: string | null;
  certificateNo: string | null;
  specialty: string | null;
  active: boolean;
}

export interface Contract {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  kind: string;
  kindName: string;
  contractNo: string | null;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
}

export interface AgencyDetail extends Agency {
  staff: Staff[];
  contracts: Contract[];
}

export interface Visit {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  visitedOn: string;
  kind: string;
  kindName: string;
  staffIds: string[];
  summary: string;
  hazardsFound: number;
  createdAt: string;
}

export const agencyApi = {
  list: (query: Query) => api.get<Page<Agency>>('/agencies', query),
  get: (id: string) => api.get<AgencyDetail>(`/agencies/${id}`),
  create: (body: AgencyInput) => api.post<AgencyDetail>('/agencies', body),
  update: (id: string, body: Partial<AgencyInput>) => api.patch<AgencyDetail>(`/agencies/${id}`, body),
  addStaff: (id: string, body: StaffInput) => api.post<AgencyDetail>(`/agencies/${id}/staff`, body),
  addContract: (id: string, body: ContractInput) => api.post<AgencyDetail>(`/agencies/${id}/contracts`, body),
  endContract: (id: string, contractId: string) =>
    api.post<AgencyDetail>(`/agencies/${id}/contracts/${contractId}/end`, {}),
  visits: (id: string, query: Query) => api.get<Page<Visit>>(`/agencies/${id}/visits`, query),
  addVisit: (id: string, body: VisitInput) => api.post<Visit>(`/agencies/${id}/visits`, body),
};
