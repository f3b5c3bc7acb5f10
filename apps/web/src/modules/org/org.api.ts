import type {
  DepartmentDto,
  DepartmentInput,
  DivisionDetailDto,
  DivisionDto,
  Page,
  SectorDto,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with (issue 10).
export type Division = DivisionDto;
export type DivisionDetail = DivisionDetailDto;
export type Department = DepartmentDto;

export type Sector = SectorDto;

export type { DepartmentInput } from '@anjian/domain';

export const orgApi = {
  /** Children of `parent`, or the roots of the caller's scope without it. */
  divisions: (parent?: string) => api.get<Division[]>('/divisions', { parent }),
  division: (code: string) => api.get<DivisionDetail>(`/divisions/${encodeURIComponent(code)}`),
  sectors: () => api.get<Sector[]>('/sectors'),
  departments: (query: Query) => api.get<Page<Department>>('/departments', query),
  createDepartment: (body: DepartmentInput) => api.post<Department>('/departments', body),
  updateDepartment: (id: string, body: Partial<DepartmentInput>) =>
    api.patch<Department>(`/departments/${id}`, body),
  deleteDepartment: (id: string) => api.delete(`/departments/${id}`),
};
