import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, describeEachEngine, login, startTestApp } from '../../../test/test-app.ts';

/** Issue 15 item 7 (b, c): headers, error envelopes, what anonymous callers learn (SECURITY.md AUTH-03, IP-01). */
describeEachEngine(
  'HTTP hardening',
  (t) => {
    it('AUTH-03: every /api answer says Cache-Control: no-store; every answer has a Permissions-Policy', async () => {
      const { app } = t();
      const s = await login(app, 'city_admin');
      for (const res of [
        await call(app, s, 'GET', '/api/auth/me'),
        await call(app, s, 'GET', '/api/enterprises?pageSize=1'),
        await call(app, null, 'GET', '/api/enterprises'),
        await call(app, null, 'GET', '/api/nope'),
      ]) {
        expect(res.headers['cache-control'], res.body).toBe('no-store');
        expect(res.headers['permissions-policy']).toMatch(/camera=\(\)/);
      }
      const page = await app.inject({ method: 'GET', url: '/' });
      expect(page.headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    });

    it('IP-01: a bad URL and malformed JSON answer the documented {"error":{code,message}} envelope', async () => {
      const { app } = t();
      const s = await login(app, 'sys_admin');
      for (const res of [
        await app.inject({ method: 'GET', url: '/api/enterprises/%E0%A4%A' }),
        await app.inject({ method: 'GET', url: '/api/%zz' }),
        await app.inject({
          method: 'POST',
          url: '/api/departments',
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
          payload: '{"name":',
        }),
      ]) {
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, res.body).toBeLessThan(500);
        const body = res.json();
        expect(Object.keys(body), res.body).toEqual(['error']);
        expect(body.error).toMatchObject({
          code: expect.any(String),
          message: expect.stringMatching(/[\u4e00-\u9fff]/),
        });
        expect(res.body).not.toMatch(/statusCode|FST_/);
      }
    });

    it('/api/health tells anonymous callers only its status; the login page learns only the demo flag', async () => {
      const { app } = t();
      const res = await call(app, null, 'GET', '/api/health');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok' });
      expect((await call(app, null, 'GET', '/api/system/login-options')).json()).toEqual({ demo: true });
    });
  },
  { demoEnterprises: false },
);

describe('API documentation in production (AUTH-03)', () => {
  let built: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    built = await startTestApp('pglite', {
      production: true,
      demoEnterprises: false,
      publicOrigin: 'https://aj.example.gov.cn',
    });
  });
  afterAll(() => built.stop());

  it('the OpenAPI document and Swagger UI are for signed-in users only', async () => {
    const { app } = built;
    expect((await call(app, null, 'GET', '/api/openapi.json')).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(401);
    const s = await login(app, 'city_admin');
    const doc = await call(app, s, 'GET', '/api/openapi.json');
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\./);
    const ui = await app.inject({ method: 'GET', url: '/api/docs/', headers: { cookie: s.cookie } });
    expect([200, 302]).toContain(ui.statusCode);
  });
});

describe('per-user write throttle (ANJIAN_WRITE_RATE_LIMIT)', () => {
  let built: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    built = await startTestApp('pglite', { writeRateLimit: 5, demoEnterprises: false });
  });
  afterAll(() => built.stop());

  it("AUTH-02: past the limit one account's writes answer 429 (audited); another account and reads go on", async () => {
    const { app } = built;
    const sys = await login(app, 'sys_admin');
    const codes: number[] = [];
    for (let i = 0; i < 7; i += 1)
      codes.push(
        (
          await call(app, sys, 'POST', '/api/departments', {
            name: `限流测试局${i}`,
            divisionCode: '640502',
            sectors: [],
          })
        ).statusCode,
      );
    expect(codes).toEqual([201, 201, 201, 201, 201, 429, 429]);
    expect((await call(app, sys, 'GET', '/api/departments')).statusCode).toBe(200);
    const sec = await login(app, 'sec_admin');
    expect((await call(app, sec, 'PUT', '/api/security/policy', {})).statusCode).not.toBe(429);
    const rows = await built.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('reason', '=', 'RATE_LIMITED')
      .where('username', '=', 'sys_admin')
      .execute();
    expect(rows).toHaveLength(2);
  });
});
