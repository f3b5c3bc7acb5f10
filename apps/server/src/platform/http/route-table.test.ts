import { expect, it } from 'vitest';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';

/** Routes anyone may call without a session. Every other route must answer 401 first (AC-01). */
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/ready',
  'POST /api/calc/deadline',
  'GET /api/system/login-options',
  'POST /api/auth/login',
  'GET /api/openapi.json',
  'GET /api/public/risk-units/{id}',
  'POST /api/calc/major-hazard', // the public 重大危险源 calculator (issue 12)
  'POST /api/calc/accident-fine', // the public 事故罚款 calculator (issue 13)
  'GET /api/public/documents/{id}', // 执法文书核验 (issue 13): number, hash, status, nothing personal
]);

const sampleValue = (name: string) => (name === 'code' ? '640500' : '00000000-0000-4000-8000-000000000000');

describeEachEngine('route table (AC-01)', (t) => {
  it('every route in the OpenAPI document refuses an anonymous caller with 401, except the public ones', async () => {
    const { app } = t();
    const doc = (await call(app, null, 'GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })),
    );
    expect(routes.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const r of routes) {
      const url = r.path.replace(/\{(\w+)\}/g, (_, n: string) => sampleValue(n));
      const res = await app.inject({
        method: r.method as 'GET',
        url,
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      });
      const expected = PUBLIC.has(`${r.method} ${r.path}`) ? res.statusCode !== 401 : res.statusCode === 401;
      if (!expected) wrong.push(`${r.method} ${r.path} → ${res.statusCode}`);
      expect(res.body).not.toMatch(/\n\s+at /); // never a stack trace
    }
    expect(wrong).toEqual([]);
  });

  it('an account with no role reaches only its own profile', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    await call(app, sys, 'POST', '/api/users', {
      username: 'norole',
      displayName: '无角色',
      password: 'Initial#2026',
    });
    let s = await login(app, 'norole', 'Initial#2026');
    await call(app, s, 'POST', '/api/auth/password', {
      oldPassword: 'Initial#2026',
      newPassword: 'Changed#2026',
    });
    s = await login(app, 'norole', 'Changed#2026');
    expect((await call(app, s, 'GET', '/api/auth/me')).json().permissions).toEqual([]);
    const doc = (await call(app, null, 'GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const reachable: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!('get' in ops) || path.includes('{')) continue;
      const res = await call(app, s, 'GET', path);
      if (res.statusCode === 200 && !PUBLIC.has(`GET ${path}`)) reachable.push(path);
    }
    // The 工作台 answers every account, with only the to-dos its permissions allow (none here).
    expect(reachable).toEqual(['/api/auth/me', '/api/workbench']);
    expect((await call(app, s, 'GET', '/api/workbench')).json()).toEqual({ items: [] });
  });
});
