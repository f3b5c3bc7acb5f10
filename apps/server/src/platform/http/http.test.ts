import { describe, expect, it } from 'vitest';
import { call, describeEachEngine, login, startTestApp } from '../../../test/test-app.ts';

describeEachEngine('HTTP conventions', (t) => {
  it('GET /api/health answers only its status; the version is in the OpenAPI document', async () => {
    const res = await call(t().app, null, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    const doc = (await call(t().app, null, 'GET', '/api/openapi.json')).json();
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await call(t().app, null, 'GET', '/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with a 400, never a stack trace', async () => {
    const s = await login(t().app, 'sys_admin');
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers an oversized body with 413 and an unknown content type with 415', async () => {
    const s = await login(t().app, 'sys_admin');
    const big = await t().app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const odd = await t().app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/x-foo' },
      payload: 'x',
    });
    expect(odd.statusCode).toBe(415);
    expect(odd.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('publishes an OpenAPI 3 document listing every route, and a docs page', async () => {
    const doc = (await call(t().app, null, 'GET', '/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/auth/login',
      '/api/users',
      '/api/users/{id}',
      '/api/departments',
      '/api/divisions',
      '/api/audit',
      '/api/roles',
      '/api/security/policy',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(doc.paths['/api/users'].post.requestBody).toBeDefined();
    const docs = await t().app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('the security admin edits the policy; bad values are refused; others get 403 (AC-05)', async () => {
    const { app } = t();
    const sec = await login(app, 'sec_admin');
    const policy = (await call(app, sec, 'GET', '/api/security/policy')).json();
    const bad = await call(app, sec, 'PUT', '/api/security/policy', { ...policy, lockoutThreshold: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.lockoutThreshold');
    const ok = await call(app, sec, 'PUT', '/api/security/policy', { ...policy, idleMinutes: 20 });
    expect(ok.json().idleMinutes).toBe(20);
    await call(app, sec, 'PUT', '/api/security/policy', policy);
    expect(
      (await call(app, await login(app, 'sys_admin'), 'PUT', '/api/security/policy', policy)).statusCode,
    ).toBe(403);
  });
});

describe('login rate limit (AUTH-02)', () => {
  it('answers 429 past the per-IP limit', async () => {
    const built = await startTestApp('pglite', { loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (await call(built.app, null, 'POST', '/api/auth/login', { username: 'nobody', password: 'x' }))
            .statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await call(built.app, null, 'POST', '/api/auth/login', {
        username: 'nobody',
        password: 'x',
      });
      expect(last.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await built.stop();
    }
  });
});
