import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, latestAudit, startTestApp } from '../../../test/test-app.ts';

type Started = Awaited<ReturnType<typeof startTestApp>>;
const login = (app: Started['app'], forwardedFor: string, password = 'Wrong@2026xyz') =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { username: 'nobody_here', password },
  });

describe('X-Forwarded-For from a client that is not a configured proxy', () => {
  let built: Started;
  beforeAll(async () => {
    built = await startTestApp('pglite', { loginRateLimit: 3, demoEnterprises: false });
  });
  afterAll(() => built.stop());

  it('neither resets the per-IP login limit nor reaches the audit row', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login(built.app, `203.0.113.${i}`)).statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
    const rows = await latestAudit(built, 10);
    const ips = new Set(rows.filter((r) => r.action === 'auth.login').map((r) => r.ip));
    expect(ips).toEqual(new Set(['127.0.0.1']));
  });
});

describe('X-Forwarded-For through a configured proxy (ANJIAN_TRUSTED_PROXIES)', () => {
  let built: Started;
  beforeAll(async () => {
    built = await startTestApp('pglite', { trustedProxies: ['127.0.0.1'], demoEnterprises: false });
  });
  afterAll(() => built.stop());

  it('records the client address the proxy reports', async () => {
    await login(built.app, '198.51.100.7', DEMO_PASSWORD);
    const rows = await latestAudit(built, 2);
    expect(rows.map((r) => [r.action, r.ip])).toEqual([
      ['access.denied', '198.51.100.7'],
      ['auth.login', '198.51.100.7'],
    ]);
  });
});
