import { expect, it } from 'vitest';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';

describeEachEngine('GET /api/workbench', (t) => {
  const bench = async (username: string) => {
    const s = await login(t().app, username);
    const res = await call(t().app, s, 'GET', '/api/workbench');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { key: string; count: number | null; link: string }[];
    return { s, items, byKey: Object.fromEntries(items.map((i) => [i.key, i])) };
  };

  it("shows each role what it must act on, each count equal to its link's list", async () => {
    const spt = await bench('spt_admin');
    expect(Object.keys(spt.byKey)).toEqual(
      expect.arrayContaining([
        'hazard.to-assess',
        'hazard.to-accept',
        'hazard.overdue',
        'indicator.dashboard',
      ]),
    );
    expect(spt.byKey['hazard.to-rectify']).toBeUndefined();
    for (const item of spt.items.filter((i) => i.count !== null)) {
      const list = await call(t().app, spt.s, 'GET', `/api${item.link}`);
      expect(list.statusCode).toBe(200);
      expect(list.json().total, item.key).toBe(item.count);
    }

    const ent = await bench('ent_user');
    expect(Object.keys(ent.byKey)).toEqual(
      expect.arrayContaining(['hazard.report', 'hazard.to-rectify', 'hazard.rectifying']),
    );
    expect(ent.byKey['hazard.to-assess']).toBeUndefined();
    for (const item of ent.items.filter((i) => i.count !== null)) {
      const list = await call(t().app, ent.s, 'GET', `/api${item.link}`);
      expect(list.json().total, item.key).toBe(item.count);
    }

    const grid = await bench('spt_grid');
    expect(grid.byKey['hazard.report']).toMatchObject({ link: '/hazards/report', count: null });
  });

  it('needs a session', async () => {
    expect((await call(t().app, null, 'GET', '/api/workbench')).statusCode).toBe(401);
  });
});
