import { Suspense, lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PageLoading } from '../components/PageLoading.tsx';
import { HomeRedirect, NotFound, RequireAuth, RequirePermission } from './guards.tsx';
import type { PageRoute } from './page-route.ts';
import { routeTable } from './routes.ts';

// One chunk per page (the modules' routes are lazy): the login screen does not download the tables nor
// the ProLayout shell.
const AppLayout = lazy(() => import('./AppLayout.tsx'));

const element = ({ page: Page, permission }: PageRoute): ReactNode =>
  permission === 'signed-in' || permission === 'public' ? (
    <Page />
  ) : (
    <RequirePermission permission={permission}>
      <Page />
    </RequirePermission>
  );

const outside = routeTable.filter((r) => r.permission === 'public');
const inside = routeTable.filter((r) => r.permission !== 'public');

export function AppRoutes() {
  return (
    <Routes>
      {/* Outside the shell: the login page, the QR code of a 风险告知卡 (no login). */}
      {outside.map((r) => (
        <Route
          key={r.path}
          path={r.path}
          element={<Suspense fallback={<PageLoading />}>{element(r)}</Suspense>}
        />
      ))}
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
        {inside.map((r) => (
          <Route key={r.path} path={r.path.slice(1)} element={element(r)} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
