import { expect, it } from 'vitest';
import { composeCreditCode } from '@anjian/domain';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('third-party agencies', (t) => {
  const db = () => t().ctx.db;
  const agencyId = async (name: string) =>
    (await db().selectFrom('agency').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const ANTAI = '宁夏安泰安全技术服务有限公司';
  const ANXIN = '中卫市安信安全咨询有限公司';

  it('scopes the registry: own agency for its staff; a county sees agencies registered or working in it', async () => {
    const { app } = t();
    const ag = await login(app, 'agency_user');
    const own = (await call(app, ag, 'GET', '/api/agencies')).json();
    expect(own.items.map((a: { name: string }) => a.name)).toEqual([ANTAI]);
    expect((await call(app, ag, 'GET', `/api/agencies/${await agencyId(ANXIN)}`)).statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({ outcome: 'denied', object_type: 'agency' });
    const spt = (await call(app, await login(app, 'spt_admin'), 'GET', '/api/agencies')).json();
    expect(spt.items.map((a: { name: string }) => a.name).sort()).toEqual([ANXIN, ANTAI].sort());
    const zn = await login(app, 'zn_admin');
    expect(
      (await call(app, zn, 'GET', '/api/agencies')).json().items.map((a: { name: string }) => a.name),
    ).toEqual([ANTAI]);
    const detail = (await call(app, zn, 'GET', `/api/agencies/${await agencyId(ANTAI)}`)).json();
    expect(detail.contracts.length).toBeGreaterThan(0);
    const contracted = await db()
      .selectFrom('enterprise')
      .select('division_code')
      .where(
        'id',
        'in',
        detail.contracts.map((c: { enterpriseId: string }) => c.enterpriseId),
      )
      .execute();
    expect(contracted.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(contracted.every((e) => e.division_code.startsWith('640521'))).toBe(true); // only the contracts in its county
    expect(detail.staff).toHaveLength(4);
    expect(
      detail.qualifications.find((q: { expiresOn: string }) => q.expiresOn === '2026-03-31'),
    ).toBeDefined();
    const expiring = (await call(app, zn, 'GET', '/api/agencies?expiringWithinDays=30')).json();
    expect(expiring.items.map((a: { name: string }) => a.name)).toEqual([ANTAI]);
  });

  it('registers an agency with staff and a contract; the agency account then sees that enterprise', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const bad = await call(app, spt, 'POST', '/api/agencies', {
      name: '某机构',
      creditCode: '123',
      divisionCode: '640502',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.creditCode');
    const outside = await call(app, spt, 'POST', '/api/agencies', {
      name: '某机构',
      creditCode: composeCreditCode('91', '640521', 'MA76AG01'),
      divisionCode: '640521',
    });
    expect(outside.statusCode).toBe(400);
    const created = await call(app, spt, 'POST', '/api/agencies', {
      name: '沙坡头区安全评价中心',
      creditCode: composeCreditCode('91', '640502', 'MA76AG02'),
      divisionCode: '640502',
      qualifications: [{ kind: '安全评价机构资质', number: 'APJ-1', expiresOn: '2028-01-01' }],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await call(app, spt, 'POST', `/api/agencies/${id}/staff`, { name: '田明', title: '工程师' })).json()
        .staff,
    ).toHaveLength(1);
    const e = await db()
      .selectFrom('enterprise')
      .select('id')
      .where('division_code', '=', '640502102')
      .orderBy('credit_code')
      .executeTakeFirstOrThrow();
    const withContract = await call(app, spt, 'POST', `/api/agencies/${id}/contracts`, {
      enterpriseId: e.id,
      kind: 'government_purchase',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(withContract.statusCode).toBe(201);
    expect(withContract.json().contracts[0]).toMatchObject({
      enterpriseId: e.id,
      kindName: '政府购买服务',
      active: true,
    });
    expect(
      (
        await call(app, spt, 'POST', `/api/agencies/${id}/contracts`, {
          enterpriseId: e.id,
          kind: 'custody',
          startsOn: '2026-01-01',
        })
      ).statusCode,
    ).toBe(409);
    const zn = await db()
      .selectFrom('enterprise')
      .select('id')
      .where('division_code', 'like', '640521%')
      .executeTakeFirstOrThrow();
    expect(
      (
        await call(app, spt, 'POST', `/api/agencies/${id}/contracts`, {
          enterpriseId: zn.id,
          kind: 'custody',
          startsOn: '2026-01-01',
        })
      ).statusCode,
    ).toBe(404);
    const backwards = await call(app, spt, 'POST', `/api/agencies/${id}/contracts`, {
      enterpriseId: e.id,
      kind: 'custody',
      startsOn: '2026-01-01',
      endsOn: '2025-01-01',
    });
    expect(backwards.json().error.details[0].field).toBe('body.endsOn');
    expect((await latestAudit(t(), 5)).map((a) => a.action)).toContain('agency.contract_add');
  });

  it('the agency records visits only for enterprises under its active contracts; ending a contract ends its access', async () => {
    const { app } = t();
    const ag = await login(app, 'agency_user');
    const id = await agencyId(ANTAI);
    const detail = (await call(app, ag, 'GET', `/api/agencies/${id}`)).json();
    const contract = detail.contracts.find((c: { active: boolean }) => c.active);
    const staffId = detail.staff[0].id;
    const visit = await call(app, ag, 'POST', `/api/agencies/${id}/visits`, {
      enterpriseId: contract.enterpriseId,
      visitedOn: '2026-11-20',
      kind: 'inspection',
      staffIds: [staffId],
      summary: '排查发现 2 项一般隐患',
      hazardsFound: 2,
    });
    expect(visit.statusCode).toBe(201);
    expect(visit.json()).toMatchObject({
      kindName: '隐患排查',
      hazardsFound: 2,
      enterpriseId: contract.enterpriseId,
    });
    const other = await db()
      .selectFrom('enterprise')
      .select('id')
      .where(
        'id',
        'not in',
        detail.contracts.map((c: { enterpriseId: string }) => c.enterpriseId),
      )
      .executeTakeFirstOrThrow();
    expect(
      (
        await call(app, ag, 'POST', `/api/agencies/${id}/visits`, {
          enterpriseId: other.id,
          visitedOn: '2026-11-20',
          kind: 'inspection',
          summary: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call(app, ag, 'POST', `/api/agencies/${await agencyId(ANXIN)}/visits`, {
          enterpriseId: contract.enterpriseId,
          visitedOn: '2026-11-20',
          kind: 'inspection',
          summary: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const visits = (
      await call(app, ag, 'GET', `/api/agencies/${id}/visits?enterpriseId=${contract.enterpriseId}`)
    ).json();
    expect(visits.items[0]).toMatchObject({ visitedOn: '2026-11-20', summary: '排查发现 2 项一般隐患' });
    expect(
      (await call(app, ag, 'POST', `/api/agencies/${id}/contracts/${contract.id}/end`, {})).statusCode,
    ).toBe(403);
    const city = await login(app, 'city_admin');
    const ended = await call(app, city, 'POST', `/api/agencies/${id}/contracts/${contract.id}/end`, {
      endsOn: '2026-11-27',
    });
    expect(ended.json().contracts.find((c: { id: string }) => c.id === contract.id)).toMatchObject({
      active: false,
      endsOn: '2026-11-27',
    });
    expect((await call(app, ag, 'GET', `/api/enterprises/${contract.enterpriseId}`)).statusCode).toBe(404);
  });

  it('an admin creates an agency account: the role needs the agency attachment (AC-01)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const sec = await login(app, 'sec_admin');
    const bad = await call(app, sys, 'POST', '/api/users', {
      username: 'ag.bad',
      displayName: '错',
      password: 'Initial#2026',
      agencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.json().error.details[0].field).toBe('agencyId');
    const bare = (
      await call(app, sys, 'POST', '/api/users', {
        username: 'ag.bare',
        displayName: '无机构',
        password: 'Initial#2026',
      })
    ).json();
    expect(
      (await call(app, sec, 'POST', `/api/users/${bare.id}/role`, { role: 'agency_user' })).json().error
        .details[0].field,
    ).toBe('role');
    const user = (
      await call(app, sys, 'POST', '/api/users', {
        username: 'ag.new',
        displayName: '安信技术员',
        password: 'Initial#2026',
        agencyId: await agencyId(ANXIN),
      })
    ).json();
    expect(user.agencyId).toBe(await agencyId(ANXIN));
    expect(
      (await call(app, sec, 'POST', `/api/users/${user.id}/role`, { role: 'agency_user' })).statusCode,
    ).toBe(200);
    let s = await login(app, 'ag.new', 'Initial#2026');
    await call(app, s, 'POST', '/api/auth/password', {
      oldPassword: 'Initial#2026',
      newPassword: 'Changed#2026',
    });
    s = await login(app, 'ag.new', 'Changed#2026');
    const list = (await call(app, s, 'GET', '/api/enterprises')).json();
    const contracts = await db()
      .selectFrom('agency_contract')
      .select('enterprise_id')
      .where('agency_id', '=', await agencyId(ANXIN))
      .where('active', '=', true)
      .execute();
    expect(list.total).toBe(contracts.length);
  });

  it('enterprise accounts and the 三员 have no access to the registry', async () => {
    const { app } = t();
    expect((await call(app, await login(app, 'ent_user'), 'GET', '/api/agencies')).statusCode).toBe(403);
    expect((await call(app, await login(app, 'sec_admin'), 'GET', '/api/agencies')).statusCode).toBe(403);
    expect(
      (
        await call(app, await login(app, 'jt_officer'), 'POST', '/api/agencies', {
          name: 'x',
          creditCode: composeCreditCode('91', '640500', 'MA76AG03'),
          divisionCode: '640500',
        })
      ).statusCode,
    ).toBe(403);
  });
});
