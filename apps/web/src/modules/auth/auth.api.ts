import type { LoginOptionsDto, MeDto } from '@anjian/domain';
import { api, setCsrfToken } from '../../api/client.ts';

/** The signed-in user as GET /api/auth/me answers it. */
export type Me = MeDto;
export type MeUser = MeDto['user'];

/** What the login page may know before anyone signs in. */
export type LoginOptions = LoginOptionsDto;

const accept = (me: Me): Me => {
  setCsrfToken(me.csrfToken);
  return me;
};

export const authApi = {
  me: () => api.get<Me>('/auth/me', undefined, { noRedirect: true }).then(accept),
  login: (username: string, password: string) =>
    api.post<Me>('/auth/login', { username, password }, { noRedirect: true }).then(accept),
  loginTotp: (code: string) => api.post<Me>('/auth/login/totp', { code }, { noRedirect: true }).then(accept),
  logout: async () => {
    try {
      await api.post<void>('/auth/logout', undefined, { noRedirect: true });
    } finally {
      setCsrfToken(null);
    }
  },
  loginOptions: () => api.get<LoginOptions>('/system/login-options', undefined, { noRedirect: true }),
};
