import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('organisation', (t) => {
  it('loads Zhongwei: 3 counties, 46 townships, 516 villages, under Ningxia', async () => {
    const { db } = t().ctx;
    const counts = await db
      .selectFrom('division')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('level')
      .execute();
    const by = Object.fromEntries(counts.map((c) => [c.level, Number(c.n)]));
    expect(by).toEqual({ province: 1, city: 1, county: 3, township: 46, village: 516 });
  });

  it('serves the tree lazily from the actor’s own root', async () => {
    const { app } = t();
    const city = await login(app, 'city_admin');
    expect((await call(app, city, 'GET', '/api/divisions')).json()).toEqual([
      { code: '640500', name: '中卫市', level: 'city', parentCode: '640000', hasChildren: true },
    ]);
    const counties = (await call(app, city, 'GET', '/api/divisions?parent=640500')).json();
    expect(counties.map((c: { name: string }) => c.name)).toEqual(['沙坡头区', '中宁县', '海原县']);
    const hy = await login(app, 'hy_admin');
    expect(
      (await call(app, hy, 'GET', '/api/divisions')).json().map((d: { code: string }) => d.code),
    ).toEqual(['640522']);
    expect(
      (await call(app, hy, 'GET', '/api/divisions?parent=640500'))
        .json()
        .map((d: { code: string }) => d.code),
    ).toEqual(['640522']);
    const path = (await call(app, city, 'GET', '/api/divisions/640502100'))
      .json()
      .path.map((p: { name: string }) => p.name);
    expect(path).toEqual(['宁夏回族自治区', '中卫市', '沙坡头区', '滨河镇']);
    const outside = await call(app, hy, 'GET', '/api/divisions/640502100');
    expect(outside.statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({ outcome: 'denied', object_type: 'division' });
  });

  it('creates, edits and deletes a department with sectors; bad input writes nothing', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const created = await call(app, sys, 'POST', '/api/departments', {
      name: '沙坡头区应急管理局',
      divisionCode: '640502',
      sectors: ['hazardous_chemicals', 'non_coal_mine'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      divisionName: '沙坡头区',
      sectors: ['hazardous_chemicals', 'non_coal_mine'],
      userCount: 0,
    });
    const dup = await call(app, sys, 'POST', '/api/departments', {
      name: '沙坡头区应急管理局',
      divisionCode: '640502',
      sectors: [],
    });
    expect(dup.statusCode).toBe(409);
    const badSector = await call(app, sys, 'POST', '/api/departments', {
      name: '某局',
      divisionCode: '640502',
      sectors: ['casino'],
    });
    expect(badSector.statusCode).toBe(400);
    const noDivision = await call(app, sys, 'POST', '/api/departments', {
      name: '某局',
      divisionCode: '999999',
      sectors: [],
    });
    expect(noDivision.statusCode).toBe(400);
    expect(noDivision.json().error.details[0].field).toBe('divisionCode');
    const patched = await call(app, sys, 'PATCH', `/api/departments/${id}`, { sectors: ['fire'] });
    expect(patched.json().sectors).toEqual(['fire']);
    expect((await call(app, sys, 'DELETE', `/api/departments/${id}`)).statusCode).toBe(204);
    expect((await call(app, sys, 'GET', `/api/departments/${id}`)).statusCode).toBe(404);
  });

  it('will not delete a department that still has users', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const list = (await call(app, sys, 'GET', '/api/departments?q=交通运输')).json();
    const res = await call(app, sys, 'DELETE', `/api/departments/${list.items[0].id}`);
    expect(res.statusCode).toBe(409);
  });

  it('lets county supervisors read but not write the organisation', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    expect((await call(app, spt, 'GET', '/api/sectors')).statusCode).toBe(200);
    expect(
      (
        await call(app, spt, 'POST', '/api/departments', {
          name: '某局',
          divisionCode: '640502',
          sectors: [],
        })
      ).statusCode,
    ).toBe(403);
  });
});
