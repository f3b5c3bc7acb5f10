import { expect, it } from 'vitest';
import { hasPermission, roles } from '@anjian/domain';
import { type Session, call, describeEachEngine, login } from '../../../test/test-app.ts';

/**
 * The role × route matrix (issue 6 §2, SECURITY.md AC-04/AC-06): every API route declares the permission it
 * needs (its `config.access`), roles.ts declares what each role holds, and for every demo account of every
 * role and every route the server must decide exactly that — 403 FORBIDDEN without the permission, never
 * FORBIDDEN with it (then it is 200, or 400/404 for the sample input).
 */
const ACCOUNTS: Record<string, string> = {
  city_supervisor: 'city_admin',
  county_supervisor: 'spt_admin',
  grid_member: 'spt_grid',
  department_officer: 'jt_officer',
  enterprise_user: 'ent_user',
  agency_user: 'agency_user',
  system_admin: 'sys_admin',
  security_admin: 'sec_admin',
  audit_admin: 'audit_admin',
};
const SAMPLE = '00000000-0000-4000-8000-000000000000';
// Calls that would end or change the calling session itself.
const SKIP = new Set(['POST /api/auth/logout', 'POST /api/auth/login', 'POST /api/auth/login/totp']);

describeEachEngine('role × route matrix', (t) => {
  it('every role gets exactly the decision its permissions declare, on every route', async () => {
    const { app, routes } = t();
    expect(Object.keys(ACCOUNTS).sort()).toEqual(roles.map((r) => r.code).sort());
    const guarded = routes.filter((r) => r.access.permission && !SKIP.has(`${r.method} ${r.url}`));
    expect(guarded.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const [role, username] of Object.entries(ACCOUNTS)) {
      const s: Session = await login(app, username);
      for (const r of guarded) {
        const url = r.url.replace(/:(\w+)/g, (_, n: string) =>
          n === 'code' ? '640500' : n === 'sha256' ? 'a'.repeat(64) : n === 'key' ? 'x' : SAMPLE,
        );
        const json = r.method !== 'GET' && r.method !== 'DELETE' && !/photos|import/.test(r.url);
        const res = await call(app, s, r.method as 'GET', url, json ? {} : undefined);
        const forbidden = res.statusCode === 403 && res.json().error?.code === 'FORBIDDEN';
        const allowed = [r.access.permission ?? 'org.read'].flat().some((p) => hasPermission(role, p));
        if (allowed === forbidden)
          wrong.push(
            `${role} ${r.method} ${r.url}: ${res.statusCode} (declared ${allowed ? 'allowed' : 'denied'})`,
          );
        if (res.statusCode >= 500) wrong.push(`${role} ${r.method} ${r.url}: ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
