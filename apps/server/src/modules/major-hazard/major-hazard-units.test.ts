import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

const tankFarm = {
  kind: 'storage',
  name: '液氯液氨罐区',
  exposedPeople: 120,
  chemicals: [
    { name: '氯', q: 25 },
    { name: '液氨', q: 50 },
  ],
};

describeEachEngine('major hazard units', (t) => {
  it('the demo has major hazard sources of each level and a unit below the threshold', async () => {
    const city = await login(t().app, 'city_admin');
    const items = (await call(t().app, city, 'GET', '/api/major-hazard/units?pageSize=200')).json().items;
    const levels = new Set(items.map((u: { level: string | null }) => u.level));
    expect([...levels].sort()).toEqual(['一级', '三级', '二级', '四级', null].sort());
  });

  it('an enterprise enters a storage unit; it is identified, stored with the version, scoped and audited', async () => {
    const built = t();
    const { app } = built;
    const ent = await login(app, 'ent_user');
    const res = await call(app, ent, 'POST', '/api/major-hazard/units', tankFarm);
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    // S = 25/5 + 50/10 = 10; R = 2 × (4·5 + 2·5) = 60 → 二级
    expect(unit).toMatchObject({
      kind: 'storage',
      exact: { S: '10', R: '60' },
      isMajor: true,
      level: '二级',
      revision: 1,
      tablesVersion: expect.stringContaining('18218'),
    });
    expect(unit.history).toHaveLength(1);
    const [audit] = await latestAudit(built, 1);
    expect(audit).toMatchObject({ action: 'major_hazard.unit.create', object_id: unit.id });

    // The county of the enterprise and the city see it; another county does not (404 like a missing row).
    for (const u of ['spt_admin', 'city_admin']) {
      const s = await login(app, u);
      const list = (await call(app, s, 'GET', '/api/major-hazard/units?level=二级')).json();
      expect(list.items.map((x: { id: string }) => x.id)).toContain(unit.id);
    }
    const zn = await login(app, 'zn_admin');
    expect((await call(app, zn, 'GET', '/api/major-hazard/units')).json().items).toEqual([]);
    expect((await call(app, zn, 'GET', `/api/major-hazard/units/${unit.id}`)).statusCode).toBe(404);
    // A regulator reads but does not write inventories.
    const spt = await login(app, 'spt_admin');
    expect((await call(app, spt, 'POST', '/api/major-hazard/units', tankFarm)).statusCode).toBe(403);
    const xlsx = await call(app, spt, 'GET', '/api/major-hazard/units/export');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('an inventory edit is a new revision with its before and after in the audit log', async () => {
    const built = t();
    const { app } = built;
    const ent = await login(app, 'ent_user');
    const created = (
      await call(app, ent, 'POST', '/api/major-hazard/units', { ...tankFarm, name: '氯气储存库' })
    ).json();
    const res = await call(app, ent, 'PUT', `/api/major-hazard/units/${created.id}`, {
      ...tankFarm,
      name: '氯气储存库',
      chemicals: [{ name: '氯', q: 4 }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ revision: 2, isMajor: false, level: null, exact: { S: '4/5' } });
    expect(res.json().history.map((h: { revision: number }) => h.revision)).toEqual([2, 1]);
    const [audit] = await latestAudit(built, 1);
    expect(audit).toMatchObject({ action: 'major_hazard.unit.update', object_id: created.id });
    expect(audit!.diff).toMatchObject({
      before: { S: '10', level: '二级', revision: 1 },
      after: { S: '4/5', level: null, revision: 2 },
    });
    const dup = await call(app, ent, 'POST', '/api/major-hazard/units', { ...tankFarm, name: '氯气储存库' });
    expect(dup.statusCode).toBe(400);
    const unknown = await call(app, ent, 'POST', '/api/major-hazard/units', {
      ...tankFarm,
      name: 'X',
      chemicals: [{ name: '不存在物', q: 1 }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('chemicals.0.name');
  });
});
