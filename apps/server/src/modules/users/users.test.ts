import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('users', (t) => {
  it('the system admin creates an account; the write and its audit row land together (AU-01)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const res = await call(app, sys, 'POST', '/api/users', {
      username: 'Li.Ming',
      displayName: '李明',
      password: 'Initial#2026',
      divisionCode: '640502',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'li.ming',
      role: null,
      divisionName: '沙坡头区',
      mustChangePassword: true,
    });
    expect(user).not.toHaveProperty('password_hash');
    const [row] = await latestAudit(t(), 1);
    expect(row).toMatchObject({
      action: 'user.create',
      object_id: user.id,
      username: 'sys_admin',
      outcome: 'success',
    });
    expect(JSON.stringify(row?.diff)).not.toContain('Initial#2026'); // AU-02: passwords masked
  });

  it('refuses a duplicate username case-insensitively with 409 (AUTH-01)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const res = await call(app, sys, 'POST', '/api/users', {
      username: 'CITY_ADMIN',
      displayName: '重复',
      password: 'Initial#2026',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'USERNAME_TAKEN', details: [{ field: 'username' }] });
  });

  it('rejects unknown and privileged fields instead of writing them (IP-01)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const before = await t()
      .ctx.db.selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await call(app, sys, 'POST', '/api/users', {
      username: 'sneaky',
      displayName: 'x',
      password: 'Initial#2026',
      role: 'security_admin',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const after = await t()
      .ctx.db.selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('names every bad field in a 400', async () => {
    const sys = await login(t().app, 'sys_admin');
    const res = await call(t().app, sys, 'POST', '/api/users', {
      username: '1x',
      displayName: '',
      password: 'short',
      divisionCode: '12',
    });
    expect(res.statusCode).toBe(400);
    const fields = [...new Set(res.json().error.details.map((d: { field: string }) => d.field))].sort();
    expect(fields).toEqual(['body.displayName', 'body.divisionCode', 'body.username']);
  });

  it('only the security admin grants roles, never to itself, never a 三员 role (AC-04, AC-05)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const sec = await login(app, 'sec_admin');
    const created = (
      await call(app, sys, 'POST', '/api/users', {
        username: 'wang.fang',
        displayName: '王芳',
        password: 'Initial#2026',
        divisionCode: '640521',
      })
    ).json();
    expect(
      (await call(app, sys, 'POST', `/api/users/${created.id}/role`, { role: 'county_supervisor' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(app, sec, 'POST', `/api/users/${created.id}/role`, { role: 'audit_admin' })).statusCode,
    ).toBe(403);
    expect(
      (await call(app, sec, 'POST', `/api/users/${sec.userId}/role`, { role: 'county_supervisor' }))
        .statusCode,
    ).toBe(403);
    const ok = await call(app, sec, 'POST', `/api/users/${created.id}/role`, { role: 'county_supervisor' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().role).toBe('county_supervisor');
    const needsDept = await call(app, sec, 'POST', `/api/users/${created.id}/role`, {
      role: 'department_officer',
    });
    expect(needsDept.statusCode).toBe(400);
    expect(needsDept.json().error.details[0].field).toBe('role');
    const denied = (await latestAudit(t(), 8))
      .filter((r) => r.outcome === 'denied')
      .map((r) => `${r.username} ${r.reason}`);
    expect(denied).toEqual(['sec_admin FORBIDDEN', 'sec_admin FORBIDDEN', 'sys_admin FORBIDDEN']); // every 403 is audited
  });

  it('scopes the user list and detail to the county subtree; out of scope is 404 and audited (AC-06)', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const zn = await login(app, 'zn_admin');
    const list = (await call(app, spt, 'GET', '/api/users?pageSize=200')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(list.items.every((u: { divisionCode: string }) => u.divisionCode?.startsWith('640502'))).toBe(
      true,
    );
    expect(list.total).toBe(list.items.length);
    const res = await call(app, spt, 'GET', `/api/users/${zn.userId}`);
    expect(res.statusCode).toBe(404);
    const [row] = await latestAudit(t(), 1);
    expect(row).toMatchObject({
      outcome: 'denied',
      action: 'access.denied',
      object_type: 'user',
      object_id: zn.userId,
      username: 'spt_admin',
      reason: 'out_of_scope',
    });
    const city = (await call(app, await login(app, 'city_admin'), 'GET', '/api/users?pageSize=200')).json();
    expect(city.total).toBeGreaterThan(list.total);
  });

  it('pages the list with total and caps the page size', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const p1 = (await call(app, sys, 'GET', '/api/users?page=1&pageSize=2')).json();
    const p2 = (await call(app, sys, 'GET', '/api/users?page=2&pageSize=2')).json();
    expect(p1.items).toHaveLength(2);
    expect(p1.total).toBeGreaterThanOrEqual(9);
    expect(p2.items[0].id).not.toBe(p1.items[0].id);
    expect((await call(app, sys, 'GET', '/api/users?pageSize=100000')).statusCode).toBe(400);
  });

  it('disabling an account ends its sessions and refuses its login', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const created = (
      await call(app, sys, 'POST', '/api/users', {
        username: 'temp.user',
        displayName: '临时',
        password: 'Initial#2026',
      })
    ).json();
    expect(
      (await call(app, sys, 'POST', `/api/users/${created.id}/status`, { status: 'disabled' })).json().status,
    ).toBe('disabled');
    const res = await call(app, null, 'POST', '/api/auth/login', {
      username: 'temp.user',
      password: 'Initial#2026',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH_DISABLED');
    expect(
      (await call(app, sys, 'POST', `/api/users/${sys.userId}/status`, { status: 'disabled' })).statusCode,
    ).toBe(403);
  });

  it('refuses a login after the account expiry date (AC-03)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const created = (
      await call(app, sys, 'POST', '/api/users', {
        username: 'contractor',
        displayName: '外包',
        password: 'Initial#2026',
        expiresAt: '2020-01-01T00:00:00Z',
      })
    ).json();
    expect(created.expiresAt).toBe('2020-01-01T00:00:00.000Z');
    const res = await call(app, null, 'POST', '/api/auth/login', {
      username: 'contractor',
      password: 'Initial#2026',
    });
    expect(res.json().error.code).toBe('AUTH_EXPIRED');
  });

  it('the system admin cannot take over the other 三员 accounts: the chain stops at its first step (8.1.4.2 d)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const idOf = async (username: string) =>
      (await call(app, sys, 'GET', `/api/users?q=${username}`)).json().items[0].id as string;
    const [secId, auditId] = [await idOf('sec_admin'), await idOf('audit_admin')];
    const attempts = [
      ['POST', `/api/users/${secId}/reset-password`, { password: 'Takeover#2026x' }],
      ['POST', `/api/users/${auditId}/reset-password`, { password: 'Takeover#2026x' }],
      ['POST', `/api/users/${auditId}/status`, { status: 'disabled' }],
      ['PATCH', `/api/users/${auditId}`, { displayName: '改名' }],
      ['POST', `/api/users/${sys.userId}/reset-password`, { password: 'Takeover#2026x' }],
    ] as const;
    for (const [method, url, body] of attempts) {
      const res = await call(app, sys, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.message).toMatch(/安全管理员|自己/);
      const [row] = await latestAudit(t(), 1);
      expect(row).toMatchObject({ action: 'access.denied', username: 'sys_admin', outcome: 'denied' });
    }
    // Nothing changed: the security admin still signs in with its own password, the auditor is active.
    await login(app, 'sec_admin');
    await login(app, 'audit_admin');
  });

  it('the security admin changes another admin account, but its own only through a second security admin', async () => {
    const { app } = t();
    const sec = await login(app, 'sec_admin');
    const find = async (username: string) =>
      (await call(app, sec, 'GET', `/api/users?q=${username}`)).json().items[0] as { id: string };
    const auditor = await find('audit_admin');
    expect(
      (await call(app, sec, 'POST', `/api/users/${auditor.id}/status`, { status: 'disabled' })).json().status,
    ).toBe('disabled');
    expect(
      (await call(app, sec, 'POST', `/api/users/${auditor.id}/status`, { status: 'active' })).json().status,
    ).toBe('active');
    const own = await call(app, sec, 'POST', `/api/users/${sec.userId}/reset-password`, {
      password: 'Takeover#2026x',
    });
    expect(own.statusCode).toBe(403);
    // The security admin is no account keeper: it cannot create accounts nor reset a business user.
    const spt = await find('spt_admin');
    expect(
      (await call(app, sec, 'POST', `/api/users/${spt.id}/reset-password`, { password: 'Takeover#2026x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await call(app, sec, 'POST', '/api/users', {
          username: 'x1',
          displayName: 'x',
          password: 'Initial#2026',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('moving an account that holds a role to a wider scope is a grant: only the security admin (8.1.4.2 d)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const sec = await login(app, 'sec_admin');
    const spt = (await call(app, sys, 'GET', '/api/users?q=spt_admin')).json().items[0] as { id: string };
    const widen = await call(app, sys, 'PATCH', `/api/users/${spt.id}`, { divisionCode: '640500' });
    expect(widen.statusCode).toBe(403);
    expect((await call(app, sys, 'GET', `/api/users/${spt.id}`)).json().divisionCode).toBe('640502');
    // The system admin still keeps the account itself (its display name), and re-sending the division
    // unchanged, as the edit form does, is no grant …
    expect(
      (
        await call(app, sys, 'PATCH', `/api/users/${spt.id}`, {
          displayName: '沙坡头区监管员',
          divisionCode: '640502',
          departmentId: null,
        })
      ).statusCode,
    ).toBe(200);
    // … and the security admin moves it, audited as a change of that account.
    const moved = await call(app, sec, 'PATCH', `/api/users/${spt.id}`, { divisionCode: '640521' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().divisionCode).toBe('640521');
    const [row] = await latestAudit(t(), 1);
    expect(row).toMatchObject({ action: 'user.update', username: 'sec_admin', object_id: spt.id });
    expect(
      (await call(app, sec, 'PATCH', `/api/users/${spt.id}`, { divisionCode: '640502' })).statusCode,
    ).toBe(200);
  });
});
