import { api } from '../../api/client.ts';

export interface Role {
  code: string;
  name: string;
  nameEn: string;
  admin: boolean;
  government: boolean;
  scope: string;
  permissions: string[];
  mfaRequired: boolean;
  userCount: number;
}

export const rolesApi = {
  list: () => api.get<Role[]>('/roles'),
  setMfaRequired: (code: string, mfaRequired: boolean) => api.patch<Role>(`/roles/${code}`, { mfaRequired }),
};
