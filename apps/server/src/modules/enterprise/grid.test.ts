import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('grid responsibility', (t) => {
  const db = () => t().ctx.db;
  const userId = async (username: string) =>
    (
      await db()
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const departmentId = async (name: string) =>
    (await db().selectFrom('department').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const enterprises = (division: string, sector?: string, n = 5) => {
    let q = db().selectFrom('enterprise').select(['id', 'sector']).where('division_code', '=', division);
    if (sector) q = q.where('sector', '=', sector);
    return q.orderBy('credit_code').limit(n).execute();
  };

  it('reports coverage per township with the gaps and each grid member’s workload', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const res = await call(app, spt, 'GET', '/api/grid/coverage');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.division).toEqual({ code: '640502', name: '沙坡头区' });
    expect(report.divisions.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      report.divisions.every((d: { code: string }) => d.code.startsWith('640502') && d.code.length === 9),
    ).toBe(true);
    const rouyuan = report.divisions.find((d: { name: string }) => d.name === '柔远镇');
    expect(rouyuan.noTerritorial).toBe(rouyuan.total); // no grid member there yet
    expect(report.totals.noTerritorial).toBeGreaterThanOrEqual(rouyuan.total);
    expect(report.gaps.total).toBeGreaterThanOrEqual(report.totals.noTerritorial);
    expect(report.gaps.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      report.gaps.items.every(
        (e: { grid: { gridUserId: string | null; industryDepartmentId: string | null } }) =>
          !e.grid.gridUserId || !e.grid.industryDepartmentId,
      ),
    ).toBe(true);
    const binhe = report.workload.find((w: { divisionName: string }) => w.divisionName === '滨河镇');
    expect(binhe.enterprises).toBeGreaterThan(0);
    expect(report.workload.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(report.workload.every((w: { divisionCode: string }) => w.divisionCode.startsWith('640502'))).toBe(
      true,
    );
    const live = await db()
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('division_code', 'like', '640502%')
      .where('status', 'in', ['normal', 'suspended'])
      .executeTakeFirstOrThrow();
    expect(report.totals.total).toBe(Number(live.n));
    const city = (await call(app, await login(app, 'city_admin'), 'GET', '/api/grid/coverage')).json();
    expect(city.divisions.map((d: { name: string }) => d.name)).toEqual(['沙坡头区', '中宁县', '海原县']);
  });

  it('assigns one enterprise: the grid member must cover its division, the department its sector', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const [chem] = await enterprises('640502100', 'hazardous_chemicals', 1);
    const wrongGrid = await call(app, spt, 'PUT', `/api/enterprises/${chem!.id}/grid`, {
      gridUserId: await userId('grid_zn_na'),
    });
    expect(wrongGrid.statusCode).toBe(400);
    expect(wrongGrid.json().error.details[0].field).toBe('gridUserId');
    const wrongDept = await call(app, spt, 'PUT', `/api/enterprises/${chem!.id}/grid`, {
      industryDepartmentId: await departmentId('中卫市交通运输局'),
    });
    expect(wrongDept.json().error.details[0].field).toBe('industryDepartmentId');
    const notGrid = await call(app, spt, 'PUT', `/api/enterprises/${chem!.id}/grid`, {
      gridUserId: await userId('spt_admin'),
    });
    expect(notGrid.statusCode).toBe(400);
    const ok = await call(app, spt, 'PUT', `/api/enterprises/${chem!.id}/grid`, {
      gridUserId: await userId('spt_grid'),
      industryDepartmentId: await departmentId('中卫市应急管理局'),
      industryPerson: '王强',
      enterprisePerson: '张伟',
      focus: '重大危险源',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().grid).toMatchObject({
      gridUserName: '滨河镇网格员',
      industryDepartmentName: '中卫市应急管理局',
      industryPerson: '王强',
      enterprisePerson: '张伟',
      focus: '重大危险源',
    });
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'enterprise.grid_assign',
      object_id: chem!.id,
    });
    expect((await call(app, spt, 'PUT', `/api/enterprises/${chem!.id}/grid`, {})).statusCode).toBe(400);
  });

  it('bulk-assigns in one transaction with one audit row; one id out of scope changes nothing', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const targets = await enterprises('640502100');
    const ids = targets.map((e) => e.id);
    const res = await call(app, spt, 'POST', '/api/grid/assignments', {
      enterpriseIds: ids,
      gridUserId: await userId('spt_grid'),
      focus: '节前专项检查',
    });
    expect(res.json()).toEqual({ updated: 5 });
    const audits = (await latestAudit(t(), 2)).filter((a) => a.action === 'enterprise.grid_bulk_assign');
    expect(audits).toHaveLength(1);
    const rows = await db()
      .selectFrom('enterprise')
      .select('supervision_focus')
      .where('id', 'in', ids)
      .execute();
    expect(rows.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(rows.every((r) => r.supervision_focus === '节前专项检查')).toBe(true);
    const [zn] = await enterprises('640521100', undefined, 1);
    const mixed = await call(app, spt, 'POST', '/api/grid/assignments', {
      enterpriseIds: [...ids, zn!.id],
      focus: '不应写入',
    });
    expect(mixed.statusCode).toBe(404);
    const after = await db()
      .selectFrom('enterprise')
      .select('supervision_focus')
      .where('id', 'in', ids)
      .execute();
    expect(after.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(after.every((r) => r.supervision_focus === '节前专项检查')).toBe(true);
    const badMember = await call(app, spt, 'POST', '/api/grid/assignments', {
      enterpriseIds: ids,
      gridUserId: await userId('grid_spt_wc'),
    });
    expect(badMember.statusCode).toBe(400);
    expect(badMember.json().error.details[0].field).toBe('enterpriseIds[0].gridUserId');
  });

  it('a grid member reads coverage in its township but cannot assign', async () => {
    const { app } = t();
    const grid = await login(app, 'spt_grid');
    const report = (await call(app, grid, 'GET', '/api/grid/coverage')).json();
    expect(report.division.code).toBe('640502100');
    expect(report.workload.map((w: { displayName: string }) => w.displayName)).toEqual(['滨河镇网格员']);
    const [e] = await enterprises('640502100', undefined, 1);
    expect((await call(app, grid, 'PUT', `/api/enterprises/${e!.id}/grid`, { focus: 'x' })).statusCode).toBe(
      403,
    );
    const list = (await call(app, grid, 'GET', '/api/enterprises?pageSize=200')).json();
    expect(list.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(list.items.every((x: { divisionCode: string }) => x.divisionCode.startsWith('640502100'))).toBe(
      true,
    );
  });
});
