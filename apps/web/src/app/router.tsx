import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { Permission } from '@anjian/domain';
import { PageLoading } from '../components/PageLoading.tsx';
import { HomeRedirect, NotFound, RequireAuth, RequirePermission } from './guards.tsx';

// One chunk per page: the login screen does not download the tables nor the ProLayout shell.
const AppLayout = lazy(() => import('./AppLayout.tsx'));
const LoginPage = lazy(() => import('../modules/auth/pages/LoginPage.tsx'));
const AccountPage = lazy(() => import('../modules/account/pages/AccountPage.tsx'));
const UsersPage = lazy(() => import('../modules/users/pages/UsersPage.tsx'));
const RolesPage = lazy(() => import('../modules/roles/pages/RolesPage.tsx'));
const SecurityPolicyPage = lazy(() => import('../modules/security/pages/SecurityPolicyPage.tsx'));
const DivisionsPage = lazy(() => import('../modules/org/pages/DivisionsPage.tsx'));
const DepartmentsPage = lazy(() => import('../modules/org/pages/DepartmentsPage.tsx'));
const AuditPage = lazy(() => import('../modules/audit/pages/AuditPage.tsx'));
const DashboardPage = lazy(() => import('../modules/dashboard/pages/DashboardPage.tsx'));
const AccidentsPage = lazy(() => import('../modules/accident/pages/AccidentsPage.tsx'));
const AccidentDetailPage = lazy(() => import('../modules/accident/pages/AccidentDetailPage.tsx'));
const IndicatorsPage = lazy(() => import('../modules/indicator/pages/IndicatorsPage.tsx'));
const DenominatorsPage = lazy(() => import('../modules/indicator/pages/DenominatorsPage.tsx'));
const PlansPage = lazy(() => import('../modules/plan/pages/PlansPage.tsx'));

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<PageLoading />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <Suspense fallback={<PageLoading />}>
              <AppLayout />
            </Suspense>
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="users" element={guarded('user.read', <UsersPage />)} />
        <Route path="roles" element={guarded('role.read', <RolesPage />)} />
        <Route path="security" element={guarded('security.policy', <SecurityPolicyPage />)} />
        <Route path="org/divisions" element={guarded('org.read', <DivisionsPage />)} />
        <Route path="org/departments" element={guarded('org.read', <DepartmentsPage />)} />
        <Route path="audit" element={guarded('audit.read', <AuditPage />)} />
        <Route path="dashboard" element={guarded('indicator.read', <DashboardPage />)} />
        <Route path="accidents" element={guarded('accident.read', <AccidentsPage />)} />
        <Route path="accidents/:id" element={guarded('accident.read', <AccidentDetailPage />)} />
        <Route path="indicators" element={guarded('indicator.read', <IndicatorsPage />)} />
        <Route path="denominators" element={guarded('indicator.read', <DenominatorsPage />)} />
        <Route path="plans" element={guarded('indicator.read', <PlansPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
