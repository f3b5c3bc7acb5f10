import type { TotpSetupDto } from '@anjian/domain';
import { api } from '../../api/client.ts';

export type TotpSetup = TotpSetupDto;

export const accountApi = {
  changePassword: (oldPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { oldPassword, newPassword }),
  setupTotp: () => api.post<TotpSetup>('/auth/totp/setup'),
  enableTotp: (code: string) => api.post<{ recoveryCodes: string[] }>('/auth/totp/enable', { code }),
  disableTotp: (password: string) => api.post<void>('/auth/totp/disable', { password }),
};
