import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

const accident = (over: Record<string, unknown> = {}) => ({
  occurredAt: hoursAgo(5),
  divisionCode: '640502100',
  title: '滨河镇某建材公司高处坠落事故',
  category: 'construction',
  accidentType: '09',
  deaths: 3,
  seriousInjuries: 1,
  minorInjuries: 2,
  directLoss: 320.5,
  ...over,
});

describeEachEngine('accidents', (t) => {
  it('files an accident with 3 deaths as 较大, with the rule version, basis and reporting timeline', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const res = await call(app, spt, 'POST', '/api/accidents', accident());
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      grade: '较大',
      gradeRuleVersion: expect.stringContaining('493'),
      divisionName: '滨河镇',
      categoryName: '建筑施工',
      accidentTypeName: '高处坠落',
      sector: 'construction',
      statYear: new Date(Date.now() + 3 * 3_600_000).getUTCFullYear(),
    });
    expect(a.gradeBasis[0]).toContain('3人以上10人以下死亡');
    expect(a.timeline.map((s: { level: string; status: string }) => [s.level, s.status])).toEqual([
      ['county', 'overdue'],
      ['city', 'overdue'],
      ['province', 'overdue'],
    ]);
    const calc = await call(app, spt, 'POST', '/api/calc/accident-grade', {
      deaths: 0,
      seriousInjuries: 0,
      directLoss: 5000,
    });
    expect(calc.json()).toMatchObject({
      grade: '重大',
      basis: [expect.stringContaining('5000万元以上1亿元以下')],
    });
  });

  it('flags a late reporting step and keeps each level once', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const occurredAt = hoursAgo(10);
    const id = (await call(app, spt, 'POST', '/api/accidents', accident({ occurredAt, deaths: 1 }))).json()
      .id;
    const at = (min: number) => new Date(new Date(occurredAt).getTime() + min * 60_000).toISOString();
    await call(app, spt, 'POST', `/api/accidents/${id}/report-steps`, {
      level: 'county',
      reportedAt: at(45),
      reportedBy: '企业负责人',
    });
    const res = await call(app, spt, 'POST', `/api/accidents/${id}/report-steps`, {
      level: 'city',
      reportedAt: at(200),
    });
    expect(
      res.json().timeline.map((s: { status: string; minutesLate: number }) => [s.status, s.minutesLate]),
    ).toEqual([
      ['on_time', 0],
      ['late', 35], // due 2 h after the county's report at 45 min
    ]);
    expect(
      (
        await call(app, spt, 'POST', `/api/accidents/${id}/report-steps`, {
          level: 'city',
          reportedAt: at(210),
        })
      ).statusCode,
    ).toBe(409);
  });

  it('supplements change the grade and keep history; road accidents close after 7 days', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const id = (await call(app, spt, 'POST', '/api/accidents', accident({ deaths: 2 }))).json().id;
    const sup = await call(app, spt, 'POST', `/api/accidents/${id}/supplements`, {
      deaths: 4,
      seriousInjuries: 1,
      minorInjuries: 2,
      missing: 0,
      directLoss: 400,
      note: '两名重伤员抢救无效死亡',
    });
    expect(sup.statusCode).toBe(200);
    expect(sup.json()).toMatchObject({
      deaths: 4,
      grade: '较大',
      supplements: [{ gradeBefore: '一般', gradeAfter: '较大', before: { deaths: 2 }, after: { deaths: 4 } }],
    });
    const road = (
      await call(
        app,
        spt,
        'POST',
        '/api/accidents',
        accident({ category: 'road_traffic', accidentType: '02', occurredAt: hoursAgo(24 * 8), deaths: 1 }),
      )
    ).json();
    expect(road.supplementDeadline < new Date().toISOString()).toBe(true);
    const late = await call(app, spt, 'POST', `/api/accidents/${road.id}/supplements`, {
      deaths: 2,
      seriousInjuries: 0,
      minorInjuries: 0,
      missing: 0,
      directLoss: 10,
      note: '补报',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].field).toBe('reportedAt');
    expect((await call(app, spt, 'GET', `/api/accidents/${road.id}`)).json().deaths).toBe(1);
  });

  it('rejects bad input with 400 naming the fields, and writes nothing', async () => {
    const { app, ctx } = t();
    const spt = await login(app, 'spt_admin');
    const before = await ctx.db
      .selectFrom('accident')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = await call(
      app,
      spt,
      'POST',
      '/api/accidents',
      accident({ deaths: -1, accidentType: '21', category: 'casino', divisionCode: 'abc' }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.deaths', 'body.accidentType', 'body.category', 'body.divisionCode']),
    );
    const outside = await call(app, spt, 'POST', '/api/accidents', accident({ divisionCode: '640521' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].field).toBe('divisionCode');
    const future = await call(
      app,
      spt,
      'POST',
      '/api/accidents',
      accident({ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect(future.json().error.details[0].field).toBe('occurredAt');
    const calc = await call(app, spt, 'POST', '/api/calc/accident-grade', {
      deaths: 1.5,
      seriousInjuries: 0,
    });
    expect(calc.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.deaths', 'body.directLoss']),
    );
    const after = await ctx.db
      .selectFrom('accident')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('scopes accidents: a county sees its own; another county’s accident is 404 and audit-logged', async () => {
    const { app } = t();
    const zn = await login(app, 'zn_admin');
    const spt = await login(app, 'spt_admin');
    const znId = (
      await call(
        app,
        zn,
        'POST',
        '/api/accidents',
        accident({
          divisionCode: '640521',
          title: '中宁县某化工企业中毒事故',
          category: 'hazardous_chemicals',
          accidentType: '19',
        }),
      )
    ).json().id;
    const list = (await call(app, spt, 'GET', '/api/accidents?pageSize=200')).json();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(list.items.every((a: { divisionCode: string }) => a.divisionCode.startsWith('640502'))).toBe(true);
    const denied = await call(app, spt, 'GET', `/api/accidents/${znId}`);
    expect(denied.statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_type: 'accident',
      object_id: znId,
      username: 'spt_admin',
    });
    expect(
      (
        await call(app, spt, 'POST', `/api/accidents/${znId}/supplements`, {
          deaths: 9,
          seriousInjuries: 0,
          minorInjuries: 0,
          missing: 0,
          directLoss: 1,
          note: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const city = await login(app, 'city_admin');
    expect((await call(app, city, 'GET', `/api/accidents/${znId}`)).statusCode).toBe(200);
    const grid = await login(app, 'spt_grid');
    expect((await call(app, grid, 'POST', '/api/accidents', accident())).statusCode).toBe(403);
    const sys = await login(app, 'sys_admin');
    expect((await call(app, sys, 'GET', '/api/accidents')).statusCode).toBe(403); // 三员: no business data
  });

  it('searches title and location by Chinese substring; % and _ are literal', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const id = (
      await call(
        app,
        spt,
        'POST',
        '/api/accidents',
        accident({ title: '迎水桥镇某冶金厂灼烫事故', location: '冶金园区三号炉' }),
      )
    ).json().id;
    const ids = async (q: string) =>
      (await call(app, spt, 'GET', `/api/accidents?pageSize=200&q=${encodeURIComponent(q)}`))
        .json()
        .items.map((a: { id: string }) => a.id);
    expect(await ids('冶金')).toContain(id); // two characters, under the trigram length
    expect(await ids('某冶金厂灼烫')).toContain(id);
    expect(await ids('三号炉')).toContain(id); // location
    expect(await ids('冶金厂爆炸')).not.toContain(id);
    expect(await ids('%')).toEqual([]);
    expect(await ids('冶_厂')).toEqual([]);
  });

  it('a department officer files and sees only its sectors (交通 → 道路运输)', async () => {
    const { app } = t();
    const jt = await login(app, 'jt_officer');
    expect(
      (
        await call(
          app,
          jt,
          'POST',
          '/api/accidents',
          accident({ category: 'industry_trade', sector: 'commerce' }),
        )
      ).statusCode,
    ).toBe(400);
    const ok = await call(
      app,
      jt,
      'POST',
      '/api/accidents',
      accident({
        category: 'road_traffic',
        sector: 'road_transport',
        accidentType: '02',
        title: '客运车辆侧翻',
      }),
    );
    expect(ok.statusCode).toBe(201);
    const list = (await call(app, jt, 'GET', '/api/accidents?pageSize=200')).json();
    expect(list.items.map((a: { sector: string }) => a.sector)).toEqual(['road_transport']);
  });

  it('runs 查处督办: investigation, measures with deadlines, follow-up to closure', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const id = (await call(app, spt, 'POST', '/api/accidents', accident())).json().id;
    const inv = await call(app, spt, 'PUT', `/api/accidents/${id}/investigation`, {
      leadAgency: '沙坡头区人民政府事故调查组',
      findings: '脚手架未按方案搭设',
      directCause: '作业人员未系安全带',
      nature: '责任事故',
      responsibleParties: [
        { name: '某建材公司', kind: 'organisation', responsibility: '主要责任', handling: '罚款' },
      ],
      penalties: [{ target: '某建材公司', kind: '罚款', amount: 50, decidedAt: '2026-01-10' }],
      concludedAt: '2026-01-05',
    });
    expect(inv.json()).toMatchObject({
      status: 'concluded',
      nature: '责任事故',
      responsibleParties: [{ name: '某建材公司' }],
    });
    const m = await call(app, spt, 'POST', `/api/accidents/${id}/measures`, {
      content: '全面排查脚手架',
      owner: '张三',
      deadline: '2020-01-01',
    });
    const measure = m.json().measures[0];
    expect(measure).toMatchObject({ status: 'open', overdue: true });
    expect((await call(app, spt, 'POST', `/api/accidents/${id}/investigation/close`)).statusCode).toBe(409);
    await call(app, spt, 'POST', `/api/accidents/${id}/measures/${measure.id}/follow-ups`, {
      note: '已整改',
      status: 'done',
    });
    const verified = await call(app, spt, 'POST', `/api/accidents/${id}/measures/${measure.id}/follow-ups`, {
      note: '现场核查合格',
      status: 'verified',
    });
    expect(verified.json().measures[0]).toMatchObject({
      status: 'verified',
      overdue: false,
      followups: [{ statusAfter: 'done' }, { statusAfter: 'verified' }],
    });
    const closed = await call(app, spt, 'POST', `/api/accidents/${id}/investigation/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', openMeasures: 0 });
    expect(
      (
        await call(app, spt, 'POST', `/api/accidents/${id}/measures`, {
          content: 'x',
          owner: 'y',
          deadline: '2030-01-01',
        })
      ).statusCode,
    ).toBe(409);
  });
});
