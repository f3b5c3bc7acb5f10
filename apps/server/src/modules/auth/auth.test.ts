import { describe, expect, it } from 'vitest';
import { totpCode } from '../../platform/auth/totp.ts';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('auth', (t) => {
  it('signs in, answers me with a CSRF token, and records the login', async () => {
    const { app } = t();
    const s = await login(app, 'City_Admin'); // case-folded (AUTH-01)
    const me = await call(app, s, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { username: 'city_admin', role: 'city_supervisor', divisionCode: '640500' },
      stage: 'full',
    });
    expect(me.json().csrfToken).toBe(s.csrf);
    const [row] = await latestAudit(t(), 1);
    expect(row).toMatchObject({ action: 'auth.login', outcome: 'success', username: 'city_admin' });
  });

  it('sets an httpOnly SameSite=Strict cookie (AUTH-03)', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zn_admin', password: 'Anjian@2026' },
    });
    const cookie = res.cookies.find((c) => c.name === 'anjian_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('refuses a wrong password with 401 and never says which part was wrong', async () => {
    const { app } = t();
    const bad = await call(app, null, 'POST', '/api/auth/login', {
      username: 'hy_admin',
      password: 'Wrong@2026',
    });
    const unknown = await call(app, null, 'POST', '/api/auth/login', {
      username: 'nobody',
      password: 'Wrong@2026',
    });
    expect(bad.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(bad.json().error).toEqual(unknown.json().error);
    expect(bad.json().error.message).toBe('用户名或密码错误');
  });

  it('locks after 5 failures: the 6th attempt, even correct, is refused with the time (AUTH-02)', async () => {
    const { app } = t();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await call(app, null, 'POST', '/api/auth/login', {
            username: 'spt_grid',
            password: `Wrong@${i}xyz`,
          })
        ).statusCode,
      );
    }
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const sixth = await call(app, null, 'POST', '/api/auth/login', {
      username: 'spt_grid',
      password: 'Anjian@2026',
    });
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().error.code).toBe('AUTH_LOCKED');
    expect(sixth.json().error.message).toMatch(/账号已锁定/);
    expect(new Date(sixth.json().error.details.lockedUntil).getTime()).toBeGreaterThan(
      Date.now() + 14 * 60_000,
    );
    const rows = await latestAudit(t(), 3);
    expect(rows.map((r) => r.action)).toContain('auth.lock');
    // The security admin unlocks it (AUTH-02) and the account works again.
    const sec = await login(app, 'sec_admin');
    const users = await call(app, sec, 'GET', '/api/users?q=spt_grid');
    const id = users.json().items[0].id;
    expect((await call(app, sec, 'POST', `/api/users/${id}/unlock`)).statusCode).toBe(200);
    await login(app, 'spt_grid');
  });

  it('40 parallel wrong passwords: exactly the threshold is evaluated, then even the right one is refused (8.1.4.1 b)', async () => {
    const { app, ctx } = t();
    const attempt = (password: string) =>
      call(app, null, 'POST', '/api/auth/login', { username: 'zn_admin', password });
    const codes = (await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`Wrong@${i}race`)))).map(
      (r) => r.statusCode,
    );
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(36);
    const user = await ctx.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'zn_admin')
      .executeTakeFirstOrThrow();
    const reasons = await ctx.db
      .selectFrom('audit_log')
      .select((eb) => ['reason', eb.fn.countAll<number>().as('n')])
      .where('object_id', '=', user.id)
      .where('action', '=', 'auth.login')
      .where('outcome', '=', 'failure')
      .groupBy('reason')
      .execute();
    expect(Object.fromEntries(reasons.map((r) => [r.reason, Number(r.n)]))).toEqual({
      bad_password: 5,
      locked: 35,
    });
    expect((await attempt('Anjian@2026')).statusCode).toBe(423);
    await ctx.db
      .updateTable('app_user')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
  });

  it('an unknown username is answered exactly like a real one, lock included (AUTH-02)', async () => {
    const { app } = t();
    const statuses = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await call(app, null, 'POST', '/api/auth/login', { username, password: `Wrong@${i}xyz` });
        out.push(`${res.statusCode} ${res.json().error.code}`);
      }
      return out;
    };
    const real = await statuses('jt_officer');
    const ghost = await statuses('no_such_user');
    expect(ghost).toEqual(real);
    expect(real.slice(3)).toEqual(['401 AUTH_INVALID_CREDENTIALS', '423 AUTH_LOCKED', '423 AUTH_LOCKED']);
    const sec = await login(app, 'sec_admin');
    const id = (await call(app, sec, 'GET', '/api/users?q=jt_officer')).json().items[0].id;
    expect((await call(app, sec, 'POST', `/api/users/${id}/unlock`)).statusCode).toBe(200);
  });

  it('logout destroys the server session: the old cookie is 401 and the row is gone (AUTH-02, RI-01)', async () => {
    const built = t();
    const s = await login(built.app, 'zn_admin');
    expect((await call(built.app, s, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await call(built.app, s, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const sessions = await built.ctx.db
      .selectFrom('user_session')
      .select('user_id')
      .where('user_id', '=', s.userId)
      .execute();
    expect(sessions).toEqual([]);
  });

  it('a second login ends the first session (AUTH-05)', async () => {
    const { app } = t();
    const first = await login(app, 'hy_admin');
    const second = await login(app, 'hy_admin');
    expect((await call(app, first, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await call(app, second, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('ends a session idle for 30 minutes and one older than 12 hours (AUTH-02)', async () => {
    const built = t();
    const idle = await login(built.app, 'city_admin');
    await built.ctx.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('user_id', '=', idle.userId)
      .execute();
    const r1 = await call(built.app, idle, 'GET', '/api/auth/me');
    expect(r1.statusCode).toBe(401);
    expect(r1.json().error.code).toBe('AUTH_SESSION_EXPIRED');
    const old = await login(built.app, 'city_admin');
    await built.ctx.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', old.userId)
      .execute();
    expect((await call(built.app, old, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { app } = t();
    const s = await login(app, 'sys_admin');
    const res = await app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie: s.cookie },
      payload: { name: 'X', divisionCode: '640500', sectors: [] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    const forged = await app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
      payload: { name: 'X', divisionCode: '640500', sectors: [] },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('forces a new account to change its password first, under the policy and history rules', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const created = await call(app, sys, 'POST', '/api/users', {
      username: 'newbie',
      displayName: '新用户',
      password: 'Start@2026x',
      divisionCode: '640521',
    });
    expect(created.statusCode).toBe(201);
    const s = await login(app, 'newbie', 'Start@2026x');
    const me = (await call(app, s, 'GET', '/api/auth/me')).json();
    expect(me.mustChangePassword).toBe(true);
    const blocked = await call(app, s, 'GET', '/api/divisions');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    const weak = await call(app, s, 'POST', '/api/auth/password', {
      oldPassword: 'Start@2026x',
      newPassword: 'newbie123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('PASSWORD_POLICY');
    expect(weak.json().error.details.map((d: { rule: string }) => d.rule)).toEqual(
      expect.arrayContaining(['too_few_classes', 'contains_username']),
    );
    const same = await call(app, s, 'POST', '/api/auth/password', {
      oldPassword: 'Start@2026x',
      newPassword: 'Start@2026x',
    });
    expect(same.json().error.details[0].rule).toBe('history');
    const wrongOld = await call(app, s, 'POST', '/api/auth/password', {
      oldPassword: 'nope',
      newPassword: 'Better#2026y',
    });
    expect(wrongOld.json().error.code).toBe('PASSWORD_WRONG');
    expect(
      (
        await call(app, s, 'POST', '/api/auth/password', {
          oldPassword: 'Start@2026x',
          newPassword: 'Better#2026y',
        })
      ).statusCode,
    ).toBe(204);
    expect((await call(app, s, 'GET', '/api/auth/me')).json().mustChangePassword).toBe(false);
  });

  it('TOTP: enrol, then sign in in two steps; a wrong or replayed code is refused (AUTH-04)', async () => {
    const { app } = t();
    const s = await login(app, 'zn_admin');
    const setup = (await call(app, s, 'POST', '/api/auth/totp/setup')).json();
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const stored = await t()
      .ctx.db.selectFrom('app_user')
      .select('totp_secret')
      .where('username', '=', 'zn_admin')
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret).toMatch(/^v1:/); // sealed under a key outside the database
    expect(stored.totp_secret).not.toContain(setup.secret);
    const enable = await call(app, s, 'POST', '/api/auth/totp/enable', {
      code: totpCode(setup.secret, Date.now() - 30_000),
    });
    expect(enable.statusCode).toBe(200);
    const recovery: string[] = enable.json().recoveryCodes;
    expect(recovery).toHaveLength(8);

    const pwd = await call(app, null, 'POST', '/api/auth/login', {
      username: 'zn_admin',
      password: 'Anjian@2026',
    });
    expect(pwd.json().stage).toBe('mfa');
    const half = {
      cookie: `anjian_sid=${pwd.cookies.find((c) => c.name === 'anjian_sid')?.value}`,
      csrf: pwd.json().csrfToken,
      userId: '',
    };
    expect((await call(app, half, 'GET', '/api/divisions')).json().error.code).toBe('AUTH_MFA_REQUIRED');
    expect((await call(app, half, 'POST', '/api/auth/login/totp', { code: '000000' })).statusCode).toBe(401);
    const code = totpCode(setup.secret);
    const ok = await call(app, half, 'POST', '/api/auth/login/totp', { code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stage).toBe('full');
    expect((await call(app, half, 'GET', '/api/divisions')).statusCode).toBe(200);

    // The same code again, in a new sign-in, is a replay.
    const again = await call(app, null, 'POST', '/api/auth/login', {
      username: 'zn_admin',
      password: 'Anjian@2026',
    });
    const half2 = {
      cookie: `anjian_sid=${again.cookies.find((c) => c.name === 'anjian_sid')?.value}`,
      csrf: again.json().csrfToken,
      userId: '',
    };
    expect((await call(app, half2, 'POST', '/api/auth/login/totp', { code })).statusCode).toBe(401);
    // A recovery code works once.
    expect((await call(app, half2, 'POST', '/api/auth/login/totp', { code: recovery[0] })).statusCode).toBe(
      200,
    );
  });

  it('a role with mandatory MFA makes its users enrol before anything else (AUTH-04)', async () => {
    const { app } = t();
    const sec = await login(app, 'sec_admin');
    expect((await call(app, sec, 'PATCH', '/api/roles/grid_member', { mfaRequired: true })).statusCode).toBe(
      200,
    );
    const grid = await login(app, 'spt_grid');
    expect((await call(app, grid, 'GET', '/api/auth/me')).json().mfaEnrollRequired).toBe(true);
    expect((await call(app, grid, 'GET', '/api/divisions')).json().error.code).toBe(
      'AUTH_MFA_ENROLL_REQUIRED',
    );
    expect((await call(app, sec, 'PATCH', '/api/roles/grid_member', { mfaRequired: false })).statusCode).toBe(
      200,
    );
  });

  it('validates the login body with field-level Chinese messages', async () => {
    const res = await call(t().app, null, 'POST', '/api/auth/login', { username: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.password' }],
    });
    expect(res.json().error.details[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('non-demo install (AC-02)', () => {
  it('accepts no known password and makes the first admins change theirs', async () => {
    const { startTestApp } = await import('../../../test/test-app.ts');
    const built = await startTestApp('pglite', { demo: false, adminPassword: 'First#Boss2026' });
    try {
      const demo = await call(built.app, null, 'POST', '/api/auth/login', {
        username: 'city_admin',
        password: 'Anjian@2026',
      });
      expect(demo.statusCode).toBe(401);
      const sysDemo = await call(built.app, null, 'POST', '/api/auth/login', {
        username: 'sys_admin',
        password: 'Anjian@2026',
      });
      expect(sysDemo.statusCode).toBe(401);
      const s = await login(built.app, 'sys_admin', 'First#Boss2026');
      expect((await call(built.app, s, 'GET', '/api/auth/me')).json().mustChangePassword).toBe(true);
      expect((await call(built.app, s, 'GET', '/api/users')).statusCode).toBe(403);
    } finally {
      await built.stop();
    }
  });

  it('production without ANJIAN_ADMIN_PASSWORD refuses to start instead of seeding the demo accounts', async () => {
    const { buildApp } = await import('../../app.ts');
    const { testConfig } = await import('../../../test/test-app.ts');
    const { loadConfig } = await import('../../config.ts');
    const production = loadConfig({
      NODE_ENV: 'production',
      ANJIAN_PUBLIC_ORIGIN: 'https://aj.example.gov.cn',
    });
    expect(production.demo).toBe(false);
    await expect(
      buildApp(testConfig({ production: true, demo: production.demo, adminPassword: undefined })),
    ).rejects.toThrow(/ANJIAN_ADMIN_PASSWORD must be set/);
  });

  it('a database seeded in demo mode does not serve in production outside demo mode', async () => {
    const { buildApp } = await import('../../app.ts');
    const { testConfig } = await import('../../../test/test-app.ts');
    const demo = await buildApp(testConfig({ demoEnterprises: false }));
    try {
      await expect(
        buildApp(testConfig({ production: true, demo: false, adminPassword: 'First#Boss2026' }), {
          handle: demo.handle,
        }),
      ).rejects.toThrow(/created in demo mode/);
    } finally {
      await demo.app.close();
    }
  });
});
