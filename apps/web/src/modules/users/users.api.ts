import type { CreateUserInput, Page, RoleCode, Sensitivity, UpdateUserInput, UserDto } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// The shape comes from the schema the server validates its answers with (issue 10).
export type User = UserDto;

export type CreateUser = CreateUserInput;

export type UpdateUser = UpdateUserInput;

export const usersApi = {
  list: (query: Query) => api.get<Page<User>>('/users', query),
  get: (id: string) => api.get<User>(`/users/${id}`),
  create: (body: CreateUser) => api.post<User>('/users', body),
  update: (id: string, body: UpdateUser) => api.patch<User>(`/users/${id}`, body),
  setStatus: (id: string, status: 'active' | 'disabled') => api.post<User>(`/users/${id}/status`, { status }),
  resetPassword: (id: string, password: string) =>
    api.post<void>(`/users/${id}/reset-password`, { password }),
  grantRole: (id: string, role: RoleCode | null) => api.post<User>(`/users/${id}/role`, { role }),
  setClearance: (id: string, clearance: Sensitivity) =>
    api.post<User>(`/users/${id}/clearance`, { clearance }),
  unlock: (id: string) => api.post<User>(`/users/${id}/unlock`),
  resetMfa: (id: string) => api.post<User>(`/users/${id}/reset-mfa`),
};
