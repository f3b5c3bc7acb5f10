import { expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { call, describeEachEngine, latestAudit, login, testConfig } from '../../../test/test-app.ts';

type Entry = {
  key: string;
  value: Record<string, unknown>;
  shipped: Record<string, unknown>;
  revision: number;
};

const chlorineInput = { exposedPeople: 0, chemicals: [{ name: '氯', q: 5 }] };

describeEachEngine('GB 18218 tables as reference data (标准参数)', (t) => {
  it('regulators, enterprises (majorhazard.read) and the administrator read each table; a grid member cannot', async () => {
    const { app } = t();
    for (const username of ['city_admin', 'sys_admin', 'ent_user']) {
      const res = await call(app, await login(app, username), 'GET', '/api/major-hazard/standard/tables/1');
      expect(res.statusCode, `${username} ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({ standard: 'GB 18218-2018', tableNo: 1, revision: 0 });
      expect(res.json().entries).toHaveLength(85);
    }
    const grid = await login(app, 'spt_grid');
    expect((await call(app, grid, 'GET', '/api/major-hazard/standard/tables/1')).statusCode).toBe(403);
    const sizes = [];
    const sys = await login(app, 'sys_admin');
    for (const n of [2, 3, 4, 5, 6])
      sizes.push(
        (await call(app, sys, 'GET', `/api/major-hazard/standard/tables/${n}`)).json().entries.length,
      );
    expect(sizes).toEqual([24, 14, 24, 5, 4]);
    expect((await call(app, sys, 'GET', '/api/major-hazard/standard/tables/7')).statusCode).toBe(400);
    expect((await call(app, null, 'GET', '/api/major-hazard/standard/tables/1')).statusCode).toBe(401);
  });

  it('a non-admin’s edit is 403 and the refusal is audited', async () => {
    const { app } = t();
    const city = await login(app, 'city_admin');
    const table = (await call(app, city, 'GET', '/api/major-hazard/standard/tables/1')).json();
    const chlorine = table.entries.find((e: Entry) => e.value.name === '氯') as Entry;
    const res = await call(app, city, 'PUT', `/api/major-hazard/standard/tables/1/entries/${chlorine.key}`, {
      value: { ...chlorine.value, criticalQuantity: '10' },
      reason: '试图修改',
    });
    expect(res.statusCode).toBe(403);
    const audit = await latestAudit(t(), 3);
    expect(audit.map((a) => a.action)).toContain('access.denied');
  });

  it('bad input is a 400 with a Chinese message; an unknown entry is a 404', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const table = (await call(app, sys, 'GET', '/api/major-hazard/standard/tables/1')).json();
    const chlorine = table.entries.find((e: Entry) => e.value.name === '氯') as Entry;
    const url = `/api/major-hazard/standard/tables/1/entries/${chlorine.key}`;
    const cases: [unknown, string, RegExp][] = [
      [
        { value: { ...chlorine.value, criticalQuantity: 'abc' }, reason: '勘误' },
        'value.criticalQuantity',
        /十进制/,
      ],
      [
        { value: { ...chlorine.value, criticalQuantity: '0' }, reason: '勘误' },
        'value.criticalQuantity',
        /大于 0/,
      ],
      [{ value: { ...chlorine.value, seq: 999 }, reason: '勘误' }, 'value.seq', /不能修改/],
      [{ value: { ...chlorine.value, name: '氨' }, reason: '勘误' }, 'value', /表1名称重复/],
      [{ value: chlorine.value, reason: '' }, 'body.reason', /修改原因/],
    ];
    for (const [body, field, message] of cases) {
      const res = await call(app, sys, 'PUT', url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(res.json().error.details).toContainEqual({ field, message: expect.stringMatching(message) });
    }
    const gap = (await call(app, sys, 'GET', '/api/major-hazard/standard/tables/5')).json();
    const band = gap.entries.find((e: Entry) => e.key === '50') as Entry;
    const res5 = await call(app, sys, 'PUT', '/api/major-hazard/standard/tables/5/entries/50', {
      value: { ...band.value, max: 98 },
      reason: '勘误',
    });
    expect(res5.statusCode).toBe(400);
    expect(res5.json().error.details[0].message).toContain('不连续');
    const missing = await call(app, sys, 'PUT', '/api/major-hazard/standard/tables/2/entries/W99', {
      value: {},
      reason: '勘误',
    });
    expect(missing.statusCode).toBe(404);
    // Nothing was changed by the refused edits.
    expect((await call(app, sys, 'GET', '/api/major-hazard/standard/tables/1')).json().revision).toBe(0);
  });

  it('an edit of 氯’s Q changes S for the same input, is audited, and survives a second start', async () => {
    const built = t();
    const { app } = built;
    const before = (await call(app, null, 'POST', '/api/calc/major-hazard', chlorineInput)).json();
    expect(before).toMatchObject({ exact: { S: '1' }, isMajor: true, tablesRevision: 0 });

    const sys = await login(app, 'sys_admin');
    const table = (await call(app, sys, 'GET', '/api/major-hazard/standard/tables/1')).json();
    const chlorine = table.entries.find((e: Entry) => e.value.name === '氯') as Entry;
    expect(chlorine.value.criticalQuantity).toBe('5');
    const res = await call(app, sys, 'PUT', `/api/major-hazard/standard/tables/1/entries/${chlorine.key}`, {
      value: { ...chlorine.value, criticalQuantity: '10' },
      reason: '演示：按地方解释调整',
    });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json().entries.find((e: Entry) => e.key === chlorine.key);
    expect(edited).toMatchObject({
      value: { criticalQuantity: '10' },
      shipped: { criticalQuantity: '5' },
      revision: 1,
      editedByName: '系统管理员',
    });
    const [audit] = await latestAudit(built, 1);
    expect(audit).toMatchObject({
      action: 'major_hazard.standard.update',
      object_type: 'major_hazard_standard_entry',
      reason: '演示：按地方解释调整',
      diff: { before: { criticalQuantity: '5' }, after: { criticalQuantity: '10' }, revision: 1 },
    });

    const after = (await call(app, null, 'POST', '/api/calc/major-hazard', chlorineInput)).json();
    expect(after).toMatchObject({ exact: { S: '1/2' }, isMajor: false, tablesRevision: 1 });
    expect(after.terms[0].Q).toBe(10);

    // A unit identified now stores the standard's version and the tables' revision.
    const ent = await login(app, 'ent_user');
    const unit = await call(app, ent, 'POST', '/api/major-hazard/units', {
      kind: 'storage',
      name: '标准参数修订后的储罐区',
      ...chlorineInput,
    });
    expect(unit.statusCode, unit.body).toBe(201);
    expect(unit.json()).toMatchObject({ tablesVersion: 'GB 18218-2018', tablesRevision: 1 });
    expect(unit.json().history[0]).toMatchObject({ tablesRevision: 1 });
    expect(unit.json().result).toMatchObject({ tablesRevision: 1, exact: { S: '1/2' } });

    // A second start on the same database runs seedReference again: the edit stays.
    const second = await buildApp(testConfig(), { handle: built.handle });
    try {
      await second.app.ready();
      const again = (await call(second.app, null, 'POST', '/api/calc/major-hazard', chlorineInput)).json();
      expect(again).toMatchObject({ exact: { S: '1/2' }, tablesRevision: 1 });
      const row = await built.ctx.db
        .selectFrom('major_hazard_standard_entry')
        .select(['value', 'revision'])
        .where('table_no', '=', 1)
        .where('entry_key', '=', chlorine.key)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ value: { criticalQuantity: '10' }, revision: 1 });
    } finally {
      await second.app.close();
    }
  });
});
