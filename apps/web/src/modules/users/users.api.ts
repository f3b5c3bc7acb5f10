import type { Page, RoleCode } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

/** A user account as the server presents it (never a hash or a secret). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string | null;
  roleName: string | null;
  divisionCode: string | null;
  divisionName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  enterpriseId: string | null;
  status: 'active' | 'disabled';
  locked: boolean;
  lockedUntil: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  expiresAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface CreateUser {
  username: string;
  displayName: string;
  password: string;
  divisionCode?: string | null;
  departmentId?: string | null;
  expiresAt?: string | null;
}

export type UpdateUser = Partial<Omit<CreateUser, 'username' | 'password'>>;

export const usersApi = {
  list: (query: Query) => api.get<Page<User>>('/users', query),
  get: (id: string) => api.get<User>(`/users/${id}`),
  create: (body: CreateUser) => api.post<User>('/users', body),
  update: (id: string, body: UpdateUser) => api.patch<User>(`/users/${id}`, body),
  setStatus: (id: string, status: 'active' | 'disabled') => api.post<User>(`/users/${id}/status`, { status }),
  resetPassword: (id: string, password: string) =>
    api.post<void>(`/users/${id}/reset-password`, { password }),
  grantRole: (id: string, role: RoleCode | null) => api.post<User>(`/users/${id}/role`, { role }),
  unlock: (id: string) => api.post<User>(`/users/${id}/unlock`),
  resetMfa: (id: string) => api.post<User>(`/users/${id}/reset-mfa`),
};
