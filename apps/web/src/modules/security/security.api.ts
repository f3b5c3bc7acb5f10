import type { SecurityPolicy } from '@anjian/domain';
import { api } from '../../api/client.ts';

export const securityApi = {
  get: () => api.get<SecurityPolicy>('/security/policy'),
  update: (policy: SecurityPolicy) => api.put<SecurityPolicy>('/security/policy', policy),
};
