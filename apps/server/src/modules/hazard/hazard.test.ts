import { expect, it } from 'vitest';
import { type Session, call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

const future = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
const plan = {
  responsiblePerson: '王伟',
  measures: '更换储罐区防爆电气并加装可燃气体报警',
  funds: 18.5,
  deadline: future(30),
  contingencyPlan: '停用储罐区，设置警戒，配备应急器材',
};

describeEachEngine('hazard closed loop', (t) => {
  const db = () => t().ctx.db;
  const own = async () => {
    const u = await db()
      .selectFrom('app_user')
      .select('enterprise_id')
      .where('username', '=', 'ent_user')
      .executeTakeFirstOrThrow();
    return u.enterprise_id as string;
  };
  const report = async (s: Session, enterpriseId: string, source = '网格巡查', extra: object = {}) => {
    const res = await call(t().app, s, 'POST', '/api/hazards', {
      enterpriseId,
      source,
      location: '储罐区',
      description: '可燃气体检测报警仪未投用',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const step = (s: Session, id: string, action: string, body: object = {}) =>
    call(t().app, s, 'POST', `/api/hazards/${id}/${action}`, body);

  it('runs report (grid) → assess → rectify (enterprise) → apply → reject → rectify → apply → accept (销号)', async () => {
    const { app } = t();
    const [grid, spt, ent] = [
      await login(app, 'spt_grid'),
      await login(app, 'spt_admin'),
      await login(app, 'ent_user'),
    ];
    const h = await report(grid, await own());
    expect(h).toMatchObject({
      status: 'reported',
      source: '网格巡查',
      level: '一般',
      overdue: false,
      divisionCode: expect.stringMatching(/^640502/),
    });
    expect(h.events).toHaveLength(1);

    expect((await step(ent, h.id, 'assess', { level: '一般', deadline: future(10) })).statusCode).toBe(403); // no hazard.assess
    const early = await step(ent, h.id, 'start-rectification');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'HAZARD_STEP_NOT_ALLOWED',
      details: { status: 'reported', allowed: [{ action: 'assess', name: '评估定级' }] },
    });

    const assessed = await step(spt, h.id, 'assess', {
      level: '一般',
      deadline: future(10),
      comment: '一般隐患，限期整改',
    });
    expect(assessed.json()).toMatchObject({
      status: 'assessed',
      deadline: future(10),
      daysToDeadline: expect.any(Number),
    });
    expect((await step(spt, h.id, 'start-rectification')).statusCode).toBe(403); // the enterprise rectifies
    expect((await step(ent, h.id, 'start-rectification', { comment: '已安排整改' })).json().status).toBe(
      'rectifying',
    );
    expect(
      (await step(ent, h.id, 'request-acceptance', { comment: '报警仪已投用并校验' })).json().status,
    ).toBe('acceptance_requested');
    const detail = (await call(app, spt, 'GET', `/api/hazards/${h.id}`)).json();
    expect(detail.allowedActions).toEqual(['accept', 'reject']);
    expect((await step(spt, h.id, 'reject', {})).statusCode).toBe(400); // a reason is required
    const rejected = (await step(spt, h.id, 'reject', { reason: '未提供校验报告' })).json();
    expect(rejected).toMatchObject({ status: 'rectifying', rejections: 1 });
    expect((await step(ent, h.id, 'request-acceptance', { comment: '补充校验报告' })).json().status).toBe(
      'acceptance_requested',
    );
    const accepted = (await step(spt, h.id, 'accept', { comment: '验收合格' })).json();
    expect(accepted).toMatchObject({
      status: 'accepted',
      statusName: '已销号',
      overdue: false,
      allowedActions: [],
    });
    expect(accepted.acceptedAt).toBeTruthy();
    expect(accepted.events.map((e: { action: string }) => e.action)).toEqual([
      'report',
      'assess',
      'start_rectification',
      'request_acceptance',
      'reject',
      'request_acceptance',
      'accept',
    ]);
    expect(accepted.events[4]).toMatchObject({
      comment: '未提供校验报告',
      fromStatus: 'acceptance_requested',
      toStatus: 'rectifying',
      user: { username: 'spt_admin' },
    });

    const audits = await db()
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('object_id', '=', h.id)
      .where('outcome', '=', 'success')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'hazard.report',
      'hazard.assess',
      'hazard.start_rectification',
      'hazard.request_acceptance',
      'hazard.reject',
      'hazard.request_acceptance',
      'hazard.accept',
    ]);
    const again = await step(spt, h.id, 'accept');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.allowed).toEqual([]);
  });

  it('a 重大隐患 is 挂牌督办, needs the 五落实 plan before rectification, and closes only by the listing authority', async () => {
    const { app } = t();
    const [spt, city, ent] = [
      await login(app, 'spt_admin'),
      await login(app, 'city_admin'),
      await login(app, 'ent_user'),
    ];
    const h = await report(spt, await own(), '执法检查', { checklistItem: '危化2017-12' });
    expect((await step(spt, h.id, 'assess', { level: '重大', deadline: future(60) })).statusCode).toBe(400); // no 督办 deadline
    const assessed = (
      await step(spt, h.id, 'assess', {
        level: '重大',
        deadline: future(60),
        supervision: { authority: '沙坡头区安委会', deadline: future(45) },
      })
    ).json();
    expect(assessed.supervision).toMatchObject({
      divisionCode: '640502',
      authority: '沙坡头区安委会',
      deadline: future(45),
      overdue: false,
    });

    const noPlan = await step(ent, h.id, 'start-rectification', {});
    expect(noPlan.statusCode).toBe(409);
    expect(noPlan.json().error.code).toBe('HAZARD_PLAN_REQUIRED');
    expect(noPlan.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'plan.responsiblePerson',
      'plan.measures',
      'plan.funds',
      'plan.deadline',
      'plan.contingencyPlan',
    ]);
    expect(
      (await step(ent, h.id, 'start-rectification', { plan: { ...plan, contingencyPlan: '' } })).statusCode,
    ).toBe(400);
    const started = (await step(ent, h.id, 'start-rectification', { plan })).json();
    expect(started).toMatchObject({ status: 'rectifying', plan });
    await step(ent, h.id, 'request-acceptance', { comment: '已完成整改' });
    const byCity = await step(city, h.id, 'accept');
    expect(byCity.statusCode).toBe(403);
    expect(byCity.json().error.message).toContain('挂牌督办');
    expect((await step(spt, h.id, 'accept')).json().status).toBe('accepted');
  });

  it('keeps scope: 沙坡头区 cannot see a 中宁县 hazard (404 + audit), enterprise and agency accounts see their own', async () => {
    const { app } = t();
    const zn = await login(app, 'zn_admin');
    const znEnterprise = await db()
      .selectFrom('enterprise')
      .select('id')
      .where('division_code', 'like', '640521%')
      .where('status', '=', 'normal')
      .orderBy('credit_code')
      .executeTakeFirstOrThrow();
    const h = await report(zn, znEnterprise.id, '执法检查');
    const spt = await login(app, 'spt_admin');
    expect((await call(app, spt, 'GET', `/api/hazards/${h.id}`)).statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_type: 'hazard',
      object_id: h.id,
      username: 'spt_admin',
      reason: 'out_of_scope',
    });
    expect((await step(spt, h.id, 'assess', { level: '一般', deadline: future(5) })).statusCode).toBe(404);
    const sptList = (await call(app, spt, 'GET', '/api/hazards?pageSize=200')).json();
    expect(sptList.items).not.toHaveLength(0);
    expect(sptList.items.every((x: { divisionCode: string }) => x.divisionCode.startsWith('640502'))).toBe(
      true,
    );
    expect(
      (
        await call(app, spt, 'POST', '/api/hazards', {
          enterpriseId: znEnterprise.id,
          source: '执法检查',
          location: 'x',
          description: 'y',
        })
      ).statusCode,
    ).toBe(404);

    const ent = await login(app, 'ent_user');
    const entList = (await call(app, ent, 'GET', '/api/hazards?pageSize=200')).json();
    expect(entList.total).toBeGreaterThan(0);
    expect(new Set(entList.items.map((x: { enterprise: { id: string } }) => x.enterprise.id))).toEqual(
      new Set([await own()]),
    );
    expect(
      (
        await call(app, ent, 'POST', '/api/hazards', {
          enterpriseId: await own(),
          source: '执法检查',
          location: 'x',
          description: 'y',
        })
      ).statusCode,
    ).toBe(400); // 企业自查 only
    const agency = await login(app, 'agency_user');
    const contracted = new Set(
      (
        await db()
          .selectFrom('agency_contract as c')
          .innerJoin('app_user as u', 'u.agency_id', 'c.agency_id')
          .select('c.enterprise_id')
          .where('u.username', '=', 'agency_user')
          .execute()
      ).map((c) => c.enterprise_id),
    );
    const agList = (await call(app, agency, 'GET', '/api/hazards?pageSize=200')).json();
    expect(agList.items).not.toHaveLength(0);
    expect(agList.items.every((x: { enterprise: { id: string } }) => contracted.has(x.enterprise.id))).toBe(
      true,
    );
    expect((await call(app, await login(app, 'sys_admin'), 'GET', '/api/hazards')).statusCode).toBe(403); // 三员 hold none
  });

  it('derives overdue from the deadline at query time, in detail, list and filter', async () => {
    const { app } = t();
    const [spt, ent] = [await login(app, 'spt_admin'), await login(app, 'ent_user')];
    const h = await report(ent, await own(), '企业自查');
    const d = (await step(spt, h.id, 'assess', { level: '一般', deadline: future(-2) })).json();
    expect(d).toMatchObject({ overdue: true, daysToDeadline: -2 });
    const overdue = (
      await call(app, spt, 'GET', `/api/hazards?overdue=true&enterpriseId=${await own()}&pageSize=200`)
    ).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toContain(h.id);
    expect(overdue.items.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    await db()
      .updateTable('hazard')
      .set({ deadline: future(1) })
      .where('id', '=', h.id)
      .execute(); // nothing stored to un-flag
    expect((await call(app, spt, 'GET', `/api/hazards/${h.id}`)).json()).toMatchObject({
      overdue: false,
      daysToDeadline: 1,
    });
    const notOverdue = (
      await call(app, spt, 'GET', `/api/hazards?overdue=false&status=assessed&pageSize=200`)
    ).json();
    expect(notOverdue.items.map((x: { id: string }) => x.id)).toContain(h.id);
  });
});
