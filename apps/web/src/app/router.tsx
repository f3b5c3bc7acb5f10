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
const SecurityAlertsPage = lazy(() => import('../modules/security/pages/SecurityAlertsPage.tsx'));
const DivisionsPage = lazy(() => import('../modules/org/pages/DivisionsPage.tsx'));
const DepartmentsPage = lazy(() => import('../modules/org/pages/DepartmentsPage.tsx'));
const AuditPage = lazy(() => import('../modules/audit/pages/AuditPage.tsx'));
const DashboardPage = lazy(() => import('../modules/dashboard/pages/DashboardPage.tsx'));
const AccidentsPage = lazy(() => import('../modules/accident/pages/AccidentsPage.tsx'));
const AccidentDetailPage = lazy(() => import('../modules/accident/pages/AccidentDetailPage.tsx'));
const IndicatorsPage = lazy(() => import('../modules/indicator/pages/IndicatorsPage.tsx'));
const DenominatorsPage = lazy(() => import('../modules/indicator/pages/DenominatorsPage.tsx'));
const PlansPage = lazy(() => import('../modules/plan/pages/PlansPage.tsx'));
const EnterprisesPage = lazy(() => import('../modules/enterprise/pages/EnterprisesPage.tsx'));
const EnterpriseDetailPage = lazy(() => import('../modules/enterprise/pages/EnterpriseDetailPage.tsx'));
const EnterpriseMapPage = lazy(() => import('../modules/enterprise/pages/EnterpriseMapPage.tsx'));
const MyEnterprisePage = lazy(() => import('../modules/enterprise/pages/MyEnterprisePage.tsx'));
const GridCoveragePage = lazy(() => import('../modules/grid/pages/GridCoveragePage.tsx'));
const AgenciesPage = lazy(() => import('../modules/agency/pages/AgenciesPage.tsx'));
const AgencyDetailPage = lazy(() => import('../modules/agency/pages/AgencyDetailPage.tsx'));
const HazardsPage = lazy(() => import('../modules/hazard/pages/HazardsPage.tsx'));
const HazardDetailPage = lazy(() => import('../modules/hazard/pages/HazardDetailPage.tsx'));
const HazardReportPage = lazy(() => import('../modules/hazard/pages/HazardReportPage.tsx'));
const RectifyPage = lazy(() => import('../modules/hazard/pages/RectifyPage.tsx'));
const HazardFlagsPage = lazy(() => import('../modules/hazard/pages/HazardFlagsPage.tsx'));
const HazardStatsPage = lazy(() => import('../modules/hazard/pages/HazardStatsPage.tsx'));
const NotificationsPage = lazy(() => import('../modules/hazard/pages/NotificationsPage.tsx'));
const RiskCalculatorPage = lazy(() => import('../modules/risk/pages/RiskCalculatorPage.tsx'));
const RiskModelPage = lazy(() => import('../modules/risk/pages/RiskModelPage.tsx'));
const RiskMapPage = lazy(() => import('../modules/risk/pages/RiskMapPage.tsx'));
const SelfInspectionPage = lazy(() => import('../modules/self-inspection/pages/SelfInspectionPage.tsx'));
const SelfInspectionTaskPage = lazy(
  () => import('../modules/self-inspection/pages/SelfInspectionTaskPage.tsx'),
);
const PublicRiskUnitPage = lazy(() => import('../modules/risk/pages/PublicRiskUnitPage.tsx'));

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
      {/* The QR code of a 风险告知卡: no login, outside the main layout. */}
      <Route
        path="/public/risk-units/:id"
        element={
          <Suspense fallback={<PageLoading />}>
            <PublicRiskUnitPage />
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
        <Route path="security-alerts" element={guarded('security.policy', <SecurityAlertsPage />)} />
        <Route path="org/divisions" element={guarded('org.read', <DivisionsPage />)} />
        <Route path="org/departments" element={guarded('org.read', <DepartmentsPage />)} />
        <Route path="audit" element={guarded('audit.read', <AuditPage />)} />
        <Route path="dashboard" element={guarded('indicator.read', <DashboardPage />)} />
        <Route path="accidents" element={guarded('accident.read', <AccidentsPage />)} />
        <Route path="accidents/:id" element={guarded('accident.read', <AccidentDetailPage />)} />
        <Route path="indicators" element={guarded('indicator.read', <IndicatorsPage />)} />
        <Route path="denominators" element={guarded('indicator.read', <DenominatorsPage />)} />
        <Route path="plans" element={guarded('indicator.read', <PlansPage />)} />
        <Route path="enterprises" element={guarded('enterprise.read', <EnterprisesPage />)} />
        <Route path="enterprise-map" element={guarded('enterprise.read', <EnterpriseMapPage />)} />
        <Route path="enterprises/:id" element={guarded('enterprise.read', <EnterpriseDetailPage />)} />
        <Route path="my-enterprise" element={guarded('enterprise.self', <MyEnterprisePage />)} />
        <Route path="grid" element={guarded('grid.read', <GridCoveragePage />)} />
        <Route path="agencies" element={guarded('agency.read', <AgenciesPage />)} />
        <Route path="agencies/:id" element={guarded('agency.read', <AgencyDetailPage />)} />
        <Route path="hazards" element={guarded('hazard.read', <HazardsPage />)} />
        <Route path="hazards/report" element={guarded('hazard.report', <HazardReportPage />)} />
        <Route path="hazards/rectify" element={guarded('hazard.rectify', <RectifyPage />)} />
        <Route path="hazards/stats" element={guarded('hazard.read', <HazardStatsPage />)} />
        <Route path="hazards/flags" element={guarded('hazard.assess', <HazardFlagsPage />)} />
        <Route path="hazards/:id" element={guarded('hazard.read', <HazardDetailPage />)} />
        <Route path="notifications" element={guarded('hazard.read', <NotificationsPage />)} />
        <Route path="risk/calculator" element={guarded('risk.read', <RiskCalculatorPage />)} />
        <Route path="risk/model" element={guarded('risk.read', <RiskModelPage />)} />
        <Route path="risk/map" element={guarded('risk.read', <RiskMapPage />)} />
        <Route path="self-inspection" element={guarded('risk.read', <SelfInspectionPage />)} />
        <Route path="self-inspection/tasks/:id" element={guarded('risk.read', <SelfInspectionTaskPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
