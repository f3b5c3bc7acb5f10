import { api, setCsrfToken } from '../../api/client.ts';

export interface MeUser {
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
  totpEnabled: boolean;
}

/** The signed-in user as GET /api/auth/me answers it. */
export interface Me {
  user: MeUser;
  permissions: string[];
  stage: 'mfa' | 'full';
  mustChangePassword: boolean;
  mfaEnrollRequired: boolean;
  csrfToken: string;
  demo: boolean;
}

export interface Health {
  status: 'ok';
  version: string;
  database: 'pglite' | 'postgresql';
  demo: boolean;
}

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
  health: () => api.get<Health>('/health', undefined, { noRedirect: true }),
};
