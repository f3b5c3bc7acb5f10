import type {
  AgencyContractDto,
  AgencyDetailDto,
  AgencyDto,
  AgencyInput,
  AgencyStaffDto,
  AgencyVisitDto,
  ContractInput,
  Page,
  StaffInput,
  VisitInput,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with (issue 10).
export type Agency = AgencyDto;
export type AgencyDetail = AgencyDetailDto;
export type Qualification = AgencyDto['qualifications'][number];
export type Staff = AgencyStaffDto;
export type Contract = AgencyContractDto;
export type Visit = AgencyVisitDto;

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
