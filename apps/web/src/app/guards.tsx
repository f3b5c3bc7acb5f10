import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Button, Result } from 'antd';
import type { Permission } from '@anjian/domain';
import { useAuth } from './auth.tsx';
import { useI18n } from './i18n.ts';
import { firstPage, visibleMenu } from './menu.tsx';
import { PageLoading } from '../components/PageLoading.tsx';

/** Pages behind the login: no session → /login; a pending account (password, MFA) → /account only. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, pending } = useAuth();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (!me || me.stage !== 'full')
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (pending && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return children;
}

/** A page for roles holding `permission`; others see a 403 page (the server refuses the data anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <Forbidden />;
}

export function HomeRedirect() {
  const { can } = useAuth();
  return <Navigate to={firstPage(visibleMenu(can))} replace />;
}

export function Forbidden() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('page.forbidden')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('page.backHome')}
        </Button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('page.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('page.backHome')}
        </Button>
      }
    />
  );
}
