import type { Page } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export interface Division {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  hasChildren: boolean;
}

export interface DivisionDetail {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  path: { code: string; name: string }[];
}

export interface Sector {
  code: string;
  name: string;
}

export interface Department {
  id: string;
  name: string;
  shortName: string | null;
  divisionCode: string;
  divisionName: string;
  sectors: string[];
  duties: string | null;
  userCount: number;
}

export interface DepartmentInput {
  name: string;
  shortName?: string | null;
  divisionCode: string;
  sectors: string[];
  duties?: string | null;
}

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
