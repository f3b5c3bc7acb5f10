import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { Permission } from '@anjian/domain';
import { isApiError, setApiHandlers } from '../api/client.ts';
import { authApi, type Me } from '../modules/auth/auth.api.ts';

interface AuthValue {
  /** Null when nobody is signed in. */
  me: Me | null;
  /** True until the start-up GET /api/auth/me has answered. */
  loading: boolean;
  setMe: (me: Me | null) => void;
  refresh: () => Promise<Me | null>;
  logout: () => Promise<void>;
  can: (permission: Permission) => boolean;
  /** The account must change its password or enrol a second factor before anything else. */
  pending: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const queryClient = useQueryClient();
  const meRef = useRef<Me | null>(null);
  // Another account (or none) must not see the previous one's cached pages: drop the cache first.
  const setMe = useCallback(
    (next: Me | null) => {
      if ((next?.user.id ?? null) !== (meRef.current?.user.id ?? null)) queryClient.clear();
      meRef.current = next;
      setMeState(next);
    },
    [queryClient],
  );
  const [loading, setLoading] = useState(true);
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  const refresh = useCallback(async () => {
    try {
      const next = await authApi.me();
      setMe(next);
      return next;
    } catch (err) {
      if (isApiError(err) && err.status === 401) {
        setMe(null);
        return null;
      }
      throw err;
    }
  }, [setMe]);

  useEffect(() => {
    refresh()
      .catch(() => setMe(null))
      .finally(() => setLoading(false));
  }, [refresh]);

  useEffect(() => {
    setApiHandlers({
      onUnauthorized: (err) => {
        const from = locationRef.current;
        startTransition(() => {
          if (from.pathname !== '/login') {
            // AUTH_REQUIRED here means the session vanished: signed in elsewhere, logged out, or revoked.
            const reason =
              err.code === 'AUTH_REQUIRED'
                ? '登录状态已失效（可能已在其他地方登录），请重新登录'
                : err.message;
            const state = { from: from.pathname + from.search, reason };
            void navigate('/login', { replace: true, state });
          }
          setMe(null);
        });
      },
      onPending: () => {
        void refresh().catch(() => undefined);
        if (locationRef.current.pathname !== '/account') void navigate('/account', { replace: true });
      },
    });
    return () => setApiHandlers(null);
  }, [navigate, refresh, setMe]);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // the session may already be gone; the user is signed out either way
    }
    // One transition (react-router 7 navigates in a transition): were `me` cleared first, the guard of
    // the current page would redirect to /login remembering that page as "from".
    startTransition(() => {
      void navigate('/login', { replace: true });
      setMe(null);
    });
  }, [navigate, setMe]);

  const value = useMemo<AuthValue>(
    () => ({
      me,
      loading,
      setMe,
      refresh,
      logout,
      can: (permission) => me?.stage === 'full' && me.permissions.includes(permission),
      pending: Boolean(me && (me.mustChangePassword || me.mfaEnrollRequired)),
    }),
    [me, loading, setMe, refresh, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
