import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { composeCreditCode } from '@anjian/domain';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

type Summary = {
  id: string;
  divisionCode: string;
  sector: string;
  secondarySectors: string[];
  name: string;
  creditCode: string;
  address: string | null;
};

describeEachEngine('enterprise registry', (t) => {
  const db = () => t().ctx.db;
  const someEnterprise = (prefix: string, sector?: string) => {
    let q = db()
      .selectFrom('enterprise')
      .select(['id', 'name', 'division_code', 'sector'])
      .where('division_code', 'like', `${prefix}%`)
      .where('status', '=', 'normal');
    if (sector) q = q.where('sector', '=', sector);
    return q.orderBy('credit_code').executeTakeFirstOrThrow();
  };
  const all = async (s: Awaited<ReturnType<typeof login>>, query = '') => {
    const items: Summary[] = [];
    for (let page = 1; ; page++) {
      const body = (
        await call(t().app, s, 'GET', `/api/enterprises?pageSize=200&page=${page}${query}`)
      ).json();
      items.push(...body.items);
      if (items.length >= body.total) return { items, total: body.total as number };
    }
  };

  it('seeds about 500 demo enterprises with valid, unique credit codes across the three counties', async () => {
    const rows = await db()
      .selectFrom('enterprise')
      .select(['credit_code', 'division_code', 'longitude', 'latitude'])
      .execute();
    expect(rows.length).toBe(500);
    expect(new Set(rows.map((r) => r.division_code.slice(0, 6)))).toEqual(
      new Set(['640502', '640521', '640522']),
    );
    const city = await login(t().app, 'city_admin');
    for (const r of rows.slice(0, 20)) {
      expect(
        (await call(t().app, city, 'POST', '/api/calc/credit-code', { code: r.credit_code })).json(),
      ).toMatchObject({ valid: true });
    }
    expect(rows.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      rows.every(
        (r) => r.longitude! > 104.2 && r.longitude! < 106.2 && r.latitude! > 36.1 && r.latitude! < 37.7,
      ),
    ).toBe(true);
  });

  it('county users list only their county; the counties add up to the city (AC-06)', async () => {
    const { app } = t();
    const city = await all(await login(app, 'city_admin'));
    const spt = await all(await login(app, 'spt_admin'));
    const zn = await all(await login(app, 'zn_admin'));
    const hy = await all(await login(app, 'hy_admin'));
    expect(spt.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(spt.items.every((e) => e.divisionCode.startsWith('640502'))).toBe(true);
    expect(zn.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(zn.items.every((e) => e.divisionCode.startsWith('640521'))).toBe(true);
    expect(spt.total + zn.total + hy.total).toBe(city.total);
    expect(spt.total).toBeGreaterThan(50);
  });

  it('reads and updates across counties: out of scope is 404 and audit-logged', async () => {
    const { app } = t();
    const zn = await login(app, 'zn_admin');
    const sptEnterprise = await someEnterprise('640502');
    const res = await call(app, zn, 'GET', `/api/enterprises/${sptEnterprise.id}`);
    expect(res.statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_type: 'enterprise',
      object_id: sptEnterprise.id,
      username: 'zn_admin',
      reason: 'out_of_scope',
    });
    expect(
      (await call(app, zn, 'PATCH', `/api/enterprises/${sptEnterprise.id}`, { employees: 1 })).statusCode,
    ).toBe(404);
    const spt = await login(app, 'spt_admin');
    const ok = await call(app, spt, 'PATCH', `/api/enterprises/${sptEnterprise.id}`, { employees: 77 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().employees).toBe(77);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'enterprise.update',
      object_id: sptEnterprise.id,
      username: 'spt_admin',
    });
    const moved = await call(app, spt, 'PATCH', `/api/enterprises/${sptEnterprise.id}`, {
      divisionCode: '640521100',
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.details[0].field).toBe('divisionCode');
  });

  it('a department officer sees and edits only its sectors (jt_officer: road transport, city-wide)', async () => {
    const { app } = t();
    const jt = await login(app, 'jt_officer');
    const list = await all(jt);
    expect(list.total).toBeGreaterThan(5);
    expect(list.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      list.items.every((e) => e.sector === 'road_transport' || e.secondarySectors.includes('road_transport')),
    ).toBe(true);
    const chem = await someEnterprise('6405', 'hazardous_chemicals');
    expect((await call(app, jt, 'GET', `/api/enterprises/${chem.id}`)).statusCode).toBe(404);
    const bus = await someEnterprise('6405', 'road_transport');
    expect(
      (await call(app, jt, 'PATCH', `/api/enterprises/${bus.id}`, { address: '中卫市客运站' })).statusCode,
    ).toBe(200);
    const created = await call(app, jt, 'POST', '/api/enterprises', {
      creditCode: composeCreditCode('91', '640502', 'MA76JT01'),
      name: '某化工厂',
      divisionCode: '640502100',
      sector: 'hazardous_chemicals',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.details[0].field).toBe('sector');
  });

  it('an enterprise account sees only itself and edits only the fields it owns; the regulator reads the change log', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const list = (await call(app, ent, 'GET', '/api/enterprises')).json();
    expect(list.total).toBe(1);
    const own = list.items[0];
    const other = await someEnterprise('640521');
    expect((await call(app, ent, 'GET', `/api/enterprises/${other.id}`)).statusCode).toBe(404);
    const edit = await call(app, ent, 'PATCH', `/api/enterprises/${own.id}`, {
      employees: 321,
      safetyCosts: [{ year: 2025, extracted: 120.5, used: 98 }],
      liabilityInsurance: {
        insurer: '中国人民财产保险中卫市分公司',
        policyNo: 'P-1',
        expiresOn: '2027-06-30',
      },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({
      employees: 321,
      safetyCosts: [{ year: 2025, extracted: 120.5, used: 98 }],
    });
    const forbidden = await call(app, ent, 'PATCH', `/api/enterprises/${own.id}`, {
      name: '改名',
      status: 'normal',
    });
    expect(forbidden.statusCode).toBe(400); // status is not an updatable field at all
    const renamed = await call(app, ent, 'PATCH', `/api/enterprises/${own.id}`, {
      name: '改名',
      standardizationLevel: 'level1',
    });
    expect(renamed.statusCode).toBe(403);
    expect(renamed.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'body.name',
      'body.standardizationLevel',
    ]);
    expect(
      (await call(app, ent, 'POST', `/api/enterprises/${own.id}/status`, { status: 'closed', reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const spt = await login(app, 'spt_admin');
    const log = (await call(app, spt, 'GET', `/api/enterprises/${own.id}/changes?byEnterprise=true`)).json();
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ username: 'ent_user', byEnterprise: true, source: 'update' });
    expect(Object.keys(log.items[0].changes).sort()).toEqual([
      'employees',
      'liabilityInsurance',
      'safetyCosts',
    ]);
  });

  it('an agency account sees only the enterprises under its contracts, in list, detail and export', async () => {
    const { app } = t();
    const ag = await login(app, 'agency_user');
    const list = await all(ag);
    const contracted = await db()
      .selectFrom('agency_contract as c')
      .innerJoin('app_user as u', 'u.agency_id', 'c.agency_id')
      .select('c.enterprise_id')
      .where('u.username', '=', 'agency_user')
      .where('c.active', '=', true)
      .execute();
    expect(list.total).toBe(contracted.length);
    expect(new Set(list.items.map((e) => e.id))).toEqual(new Set(contracted.map((c) => c.enterprise_id)));
    const outside = await db()
      .selectFrom('enterprise')
      .select('id')
      .where(
        'id',
        'not in',
        contracted.map((c) => c.enterprise_id),
      )
      .executeTakeFirstOrThrow();
    expect((await call(app, ag, 'GET', `/api/enterprises/${outside.id}`)).statusCode).toBe(404);
    expect(
      (await call(app, ag, 'PATCH', `/api/enterprises/${list.items[0]!.id}`, { employees: 5 })).statusCode,
    ).toBe(403);
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/enterprises/export',
      headers: { cookie: ag.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.actualRowCount - 1).toBe(contracted.length);
  });

  it('exports the filtered list in scope, with an audit row', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const res = await app.inject({
      method: 'GET',
      url: '/api/enterprises/export?sector=hazardous_chemicals',
      headers: { cookie: spt.cookie },
    });
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const divisions: string[] = [];
    ws.eachRow((row, n) => n > 1 && divisions.push(String(row.getCell(3).value)));
    const expected = await all(spt, '&sector=hazardous_chemicals');
    expect(divisions.length).toBe(expected.total);
    expect(divisions.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(divisions.every((d) => d.startsWith('640502'))).toBe(true);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'enterprise.export',
      username: 'spt_admin',
    });
  });

  it('creates an enterprise with a valid code; a bad or duplicate code is named in the answer', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const body = {
      creditCode: composeCreditCode('91', '640502', 'MA76TEQ1').toLowerCase(),
      name: '中卫市测试化工有限公司',
      divisionCode: '640502100',
      sector: 'hazardous_chemicals',
      longitude: 105.2,
      latitude: 37.5,
      employees: 40,
      licences: [{ kind: '危险化学品经营许可证', number: 'WJ-001', expiresOn: '2027-01-01' }],
    };
    const created = await call(app, spt, 'POST', '/api/enterprises', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      creditCode: body.creditCode.toUpperCase(),
      divisionName: '滨河镇',
      sectorName: '危险化学品',
      status: 'normal',
    });
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'enterprise.create',
      object_id: created.json().id,
    });
    const dup = await call(app, spt, 'POST', '/api/enterprises', body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0].field).toBe('creditCode');
    const bad = await call(app, spt, 'POST', '/api/enterprises', {
      ...body,
      creditCode: '91640502MA76TEQ100',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({
      field: 'body.creditCode',
      message: expect.stringMatching(/校验/),
    });
    const elsewhere = await call(app, spt, 'POST', '/api/enterprises', {
      ...body,
      creditCode: composeCreditCode('91', '640521', 'MA76TEQ2'),
      divisionCode: '640521100',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].field).toBe('divisionCode');
    expect(
      (await call(app, await login(app, 'zn_admin'), 'GET', `/api/enterprises/${created.json().id}`))
        .statusCode,
    ).toBe(404);
  });

  it('names every bad field in a 400 and writes nothing', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const before = await db()
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await call(app, spt, 'POST', '/api/enterprises', {
      creditCode: '123',
      name: '',
      divisionCode: '12',
      sector: 'casino',
      longitude: 200,
      latitude: 37,
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    const fields = new Set(res.json().error.details.map((d: { field: string }) => d.field));
    for (const f of ['body.creditCode', 'body.name', 'body.divisionCode', 'body.sector', 'body.longitude'])
      expect(fields).toContain(f);
    const after = await db()
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await call(app, spt, 'GET', '/api/enterprises?pageSize=1000')).statusCode).toBe(400);
  });

  it('changes status with a reason and keeps the history', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const e = await someEnterprise('640502105');
    const res = await call(app, spt, 'POST', `/api/enterprises/${e.id}/status`, {
      status: 'suspended',
      reason: '重大隐患 停产整顿',
      effectiveOn: '2026-05-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'suspended',
      statusName: '停产整顿',
      statusHistory: [
        { fromStatus: 'normal', toStatus: 'suspended', effectiveOn: '2026-05-01', username: 'spt_admin' },
      ],
    });
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'enterprise.status',
      reason: '重大隐患 停产整顿',
    });
    expect(
      (
        await call(app, spt, 'POST', `/api/enterprises/${e.id}/status`, {
          status: 'suspended',
          reason: '重复',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('filters by text, credit-code prefix, sector, status and division subtree, and sorts', async () => {
    const { app } = t();
    const city = await login(app, 'city_admin');
    const sample = await someEnterprise('640521');
    const code = (
      await db()
        .selectFrom('enterprise')
        .select('credit_code')
        .where('id', '=', sample.id)
        .executeTakeFirstOrThrow()
    ).credit_code;
    const byCode = (
      await call(app, city, 'GET', `/api/enterprises?q=${code.slice(0, 14).toLowerCase()}`)
    ).json();
    expect(byCode.items.map((e: Summary) => e.id)).toContain(sample.id);
    const byName = (
      await call(app, city, 'GET', `/api/enterprises?q=${encodeURIComponent(sample.name.slice(3, 7))}`)
    ).json();
    expect(byName.items.length).toBeGreaterThan(0); // an empty list would pass .every
    const part = sample.name.slice(3, 7);
    expect(byName.items.every((e: Summary) => e.name.includes(part) || e.address?.includes(part))).toBe(true);
    const sub = await all(
      city,
      '&divisionCode=640521&sector=hazardous_chemicals&status=normal&sort=employees&order=desc',
    );
    expect(sub.total).toBeGreaterThan(1);
    expect(sub.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      sub.items.every((e) => e.divisionCode.startsWith('640521') && e.sector === 'hazardous_chemicals'),
    ).toBe(true);
    const sizes = sub.items.map((e) => (e as Summary & { employees: number }).employees);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const wild = (await call(app, city, 'GET', '/api/enterprises?q=%25')).json();
    expect(wild.total).toBe(0); // a % is a literal, not a wildcard
  });

  it('searches Chinese substrings of name and address, and the middle of a credit code, exactly', async () => {
    const city = await login(t().app, 'city_admin');
    const inScope = (await all(city)).items;
    const sample = inScope.find((e) => e.address)!;
    // Two characters (below the trigram length), three and more: the same answer as a plain substring test.
    for (const q of [sample.name.slice(-4, -2), sample.name.slice(0, 3), sample.address!.slice(2, 6)]) {
      const expected = inScope.filter((e) => e.name.includes(q) || e.address?.includes(q)).map((e) => e.id);
      const got = await all(city, `&q=${encodeURIComponent(q)}`);
      expect(got.total, q).toBeGreaterThan(0);
      expect(got.items.map((e) => e.id).sort(), q).toEqual(expected.sort());
    }
    const middle = sample.creditCode.slice(4, 12).toLowerCase();
    expect((await all(city, `&q=${middle}`)).items.map((e) => e.id)).toContain(sample.id);
  });

  it('serves map points in scope and checks credit codes for any signed-in user', async () => {
    const { app } = t();
    const hy = await login(app, 'hy_admin');
    const map = (await call(app, hy, 'GET', '/api/enterprises/map?sector=commerce')).json();
    expect(map.items.length).toBeGreaterThan(0);
    expect(map.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      map.items.every(
        (p: { divisionCode: string; sector: string; lat: number }) =>
          p.divisionCode.startsWith('640522') && p.sector === 'commerce' && p.lat < 37,
      ),
    ).toBe(true);
    const ent = await login(app, 'ent_user');
    expect(
      (await call(app, ent, 'POST', '/api/calc/credit-code', { code: '91350100M000100Y43' })).json(),
    ).toEqual({ valid: true, code: '91350100M000100Y43' });
    expect(
      (await call(app, ent, 'POST', '/api/calc/credit-code', { code: '91350100M000100Y44' })).json(),
    ).toMatchObject({ valid: false, problem: 'check', reason: '第 18 位校验码错误' });
    const sys = await login(app, 'sys_admin');
    expect((await call(app, sys, 'GET', '/api/enterprises')).statusCode).toBe(403); // 三员 hold no business permission
  });
});
