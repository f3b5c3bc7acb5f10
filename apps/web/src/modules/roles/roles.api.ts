import type { RoleDto } from '@anjian/domain';
import { api } from '../../api/client.ts';

export type Role = RoleDto;

export const rolesApi = {
  list: () => api.get<Role[]>('/roles'),
  setMfaRequired: (code: string, mfaRequired: boolean) => api.patch<Role>(`/roles/${code}`, { mfaRequired }),
};
