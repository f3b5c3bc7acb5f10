import { expect, it } from 'vitest';
import { addCalendarDays, chinaDate, drawInspections } from '@anjian/domain';
import {
  type Session,
  call,
  describeEachEngine,
  enterpriseOf,
  latestAudit,
  login,
} from '../../../test/test-app.ts';

const today = () => chinaDate(new Date());
const ago = (n: number) => addCalendarDays(today(), -n);

describeEachEngine('enforcement cases', (t) => {
  const app = () => t().app;
  const officersOf = async (s: Session) => {
    const res = await call(app(), s, 'GET', '/api/enforcement/officers');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: string; name: string; userId: string | null; divisionCode: string }[];
  };
  const sptOfficers = async (s: Session) => {
    const list = (await officersOf(s)).filter((o) => o.divisionCode === '640502');
    // 马建国 is spt_admin's own record (an investigator); 李娟 has no account.
    return [list.find((o) => o.name === '马建国')!.id, list.find((o) => o.name === '李娟')!.id];
  };
  const step = (s: Session, id: string, body: object) =>
    call(app(), s, 'POST', `/api/enforcement/cases/${id}/steps`, body);

  it('runs 立案 → 调查 → 审理 → 告知（听证）→ 听证 → 决定 → 送达 → 执行 → 结案, with who may take each step', async () => {
    const [spt, city, ent] = [
      await login(app(), 'spt_admin'),
      await login(app(), 'city_admin'),
      await login(app(), 'ent_user'),
    ];
    const enterpriseId = await enterpriseOf(t());
    const filed = await call(app(), spt, 'POST', '/api/enforcement/cases', {
      enterpriseId,
      title: '未如实记录安全生产教育和培训情况',
      filedOn: ago(20),
      investigatorIds: await sptOfficers(spt),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const c = filed.json();
    expect(c).toMatchObject({ status: 'filed', statusName: '已立案', enterprise: { id: enterpriseId } });
    expect(c.caseNo).toMatch(/^（.+）应急立〔\d{4}〕\d+号$/);
    const decision = c.clocks.find((k: { id: string }) => k.id === 'decision');
    expect(decision).toMatchObject({ startedOn: ago(20), obligor: 'authority', period: '90日' });
    expect(decision.basis.citation).toContain('第六十条');
    expect(c.steps[0]).toMatchObject({ step: 'file', stepName: '立案' });
    expect(c.steps[0].procedure.number).toMatch(/令/);
    expect(c.nextSteps.map((s: { step: string }) => s.step)).toEqual(['investigate', 'withdraw']);

    // An enterprise reads its case but takes no step; an illegal step is a 409 naming the allowed ones.
    expect((await call(app(), ent, 'GET', `/api/enforcement/cases/${c.id}`)).json().nextSteps).toEqual([]);
    expect((await step(ent, c.id, { step: 'investigate' })).statusCode).toBe(403);
    const illegal = await step(spt, c.id, { step: 'close' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error).toMatchObject({
      code: 'ENFORCEMENT_STEP_NOT_ALLOWED',
      details: { status: 'filed', allowed: [{ step: 'investigate' }, { step: 'withdraw' }] },
    });
    expect((await step(spt, c.id, { step: 'investigate', on: ago(25) })).json().error.details).toEqual([
      { field: 'on', message: expect.stringContaining('不能早于上一步') },
    ]);
    expect((await step(spt, c.id, { step: 'investigate', on: ago(19) })).statusCode).toBe(200);
    expect((await step(spt, c.id, { step: 'concludeInvestigation', on: ago(10) })).statusCode).toBe(200);

    // 告知 needs the proposed fine, checked against the statute (99-1: up to 5 万元).
    expect((await step(spt, c.id, { step: 'notify', hearingOffered: true })).json().error.details).toEqual([
      { field: 'penalty', message: expect.any(String) },
    ]);
    const over = await call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, {
      fineId: '99-1',
      value: 60000,
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error).toMatchObject({
      code: 'ENFORCEMENT_FINE_OUTSIDE_STATUTE',
      details: [{ field: 'value' }],
    });
    const unknown = await call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, {
      fineId: '99-9',
      value: 1,
    });
    expect(unknown.json().error.details).toEqual([{ field: 'fineId', message: expect.any(String) }]);
    const fined = await call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, {
      fineId: '99-1',
      value: 20000,
    });
    expect(fined.statusCode, fined.body).toBe(200);
    expect(fined.json().penalty).toMatchObject({
      amount: 20000,
      reasonRequired: false,
      statutory: { min: 0, max: 50000 },
    });
    expect(fined.json().penalty.citation).toContain('第九十九条');

    expect((await step(spt, c.id, { step: 'notify' })).json().error.details[0].field).toBe('hearingOffered');
    const told = await step(spt, c.id, { step: 'notify', on: ago(3), hearingOffered: true });
    expect(told.statusCode, told.body).toBe(200);
    const hearingClock = told.json().clocks.find((k: { id: string }) => k.id === 'hearingRequest');
    expect(hearingClock).toMatchObject({ startedOn: ago(3), obligor: 'party', period: '5个工作日' });
    expect(hearingClock.basis.citation).toContain('第六十四条');

    expect((await step(spt, c.id, { step: 'requestHearing', on: ago(2) })).json().status).toBe('hearing');
    // The chair of a hearing is never an investigator (第六十四条): spt_admin is one, the city is not.
    const self = await step(spt, c.id, { step: 'concludeHearing', on: ago(1) });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('ENFORCEMENT_INVESTIGATOR_EXCLUDED');
    expect((await step(city, c.id, { step: 'concludeHearing', on: ago(1) })).json().status).toBe('heard');

    expect((await step(spt, c.id, { step: 'decide' })).json().error.details[0].field).toBe('handedOver');
    const decided = (await step(spt, c.id, { step: 'decide', handedOver: false })).json();
    expect(decided.status).toBe('decided');
    expect(decided.clocks.find((k: { id: string }) => k.id === 'decision').status).toBe('met');
    expect(decided.clocks.find((k: { id: string }) => k.id === 'serviceWhenAbsent')).toMatchObject({
      period: '7个工作日',
    });
    const served = (await step(spt, c.id, { step: 'serve', serviceMethod: 'mail' })).json();
    expect(served.clocks.find((k: { id: string }) => k.id === 'payment')).toMatchObject({
      period: '15日',
      status: 'running',
    });
    expect((await step(spt, c.id, { step: 'execute' })).json().status).toBe('executing');
    expect((await step(spt, c.id, { step: 'close' })).json().error.details[0].field).toBe('paidOn');
    const closed = (await step(spt, c.id, { step: 'close', paidOn: today() })).json();
    expect(closed).toMatchObject({ status: 'closed', paidOn: today(), lateSurcharge: null });
    expect(closed.clocks.find((k: { id: string }) => k.id === 'payment').status).toBe('met');
    expect(closed.steps.map((s: { step: string }) => s.step)).toEqual([
      'file',
      'investigate',
      'concludeInvestigation',
      'penalty',
      'notify',
      'requestHearing',
      'concludeHearing',
      'decide',
      'serve',
      'execute',
      'close',
    ]);
    const [audit] = await latestAudit(t(), 1);
    expect(audit).toMatchObject({
      action: 'enforcement.case.close',
      object_type: 'enforcement_case',
      object_id: c.id,
    });
  });

  it('a major case needs a 法制审核 by someone who did not investigate it', async () => {
    const [spt, city] = [await login(app(), 'spt_admin'), await login(app(), 'city_admin')];
    const c = (
      await call(app(), spt, 'POST', '/api/enforcement/cases', {
        enterpriseId: await enterpriseOf(t()),
        title: '未建立安全风险分级管控制度',
        major: true,
        investigatorIds: await sptOfficers(spt),
      })
    ).json();
    await step(spt, c.id, { step: 'investigate' });
    await step(spt, c.id, { step: 'concludeInvestigation' });
    await call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, {
      fineId: '101-1',
      value: 50000,
    });
    await step(spt, c.id, { step: 'requestLegalReview' });
    const self = await step(spt, c.id, { step: 'approveLegalReview' });
    expect(self.json().error.code).toBe('ENFORCEMENT_INVESTIGATOR_EXCLUDED');
    const reviewed = (await step(city, c.id, { step: 'approveLegalReview' })).json();
    expect(reviewed).toMatchObject({ status: 'reviewing', legalReviewPassed: true });
    await step(spt, c.id, { step: 'notify', hearingOffered: false });
    expect((await step(spt, c.id, { step: 'requestHearing' })).statusCode).toBe(409); // no hearing offered
    expect((await step(spt, c.id, { step: 'decide', handedOver: true })).json().status).toBe('decided');
  });

  it('a major case is not decided without a passed 法制审核', async () => {
    const spt = await login(app(), 'spt_admin');
    const c = (
      await call(app(), spt, 'POST', '/api/enforcement/cases', {
        enterpriseId: await enterpriseOf(t()),
        title: '未按规定进行安全评价',
        major: true,
        investigatorIds: await sptOfficers(spt),
      })
    ).json();
    await step(spt, c.id, { step: 'investigate' });
    await step(spt, c.id, { step: 'concludeInvestigation' });
    await call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, {
      fineId: '101-1',
      value: 50000,
    });
    await step(spt, c.id, { step: 'notify', hearingOffered: false });
    const early = await step(spt, c.id, { step: 'decide', handedOver: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ENFORCEMENT_LEGAL_REVIEW_REQUIRED');
    // The review can still be asked after the notice; it returns the case to 已告知, which may then decide.
    expect((await step(spt, c.id, { step: 'requestLegalReview' })).json().status).toBe('legal_review');
    const city = await login(app(), 'city_admin');
    const reviewed = (await step(city, c.id, { step: 'approveLegalReview' })).json();
    expect(reviewed).toMatchObject({ status: 'notified', legalReviewPassed: true });
    expect((await step(spt, c.id, { step: 'decide', handedOver: true })).json().status).toBe('decided');
  });

  it('refuses bad input with field errors', async () => {
    const spt = await login(app(), 'spt_admin');
    const [a, b] = await sptOfficers(spt);
    const post = (body: object) => call(app(), spt, 'POST', '/api/enforcement/cases', body);
    const base = { enterpriseId: await enterpriseOf(t()), title: '案由', investigatorIds: [a, b] };
    const one = await post({ ...base, investigatorIds: [a] });
    expect(one.statusCode).toBe(400);
    expect(JSON.stringify(one.json().error.details)).toContain('investigatorIds');
    expect((await post({ ...base, filedOn: addCalendarDays(today(), 1) })).json().error.details).toEqual([
      { field: 'filedOn', message: '立案日期不能晚于今天' },
    ]);
    expect(
      (await post({ ...base, enterpriseId: '00000000-0000-4000-8000-000000000000' })).json().error.details,
    ).toEqual([{ field: 'enterpriseId', message: '企业不存在' }]);
    expect(
      (await post({ ...base, investigatorIds: [a, '00000000-0000-4000-8000-000000000000'] })).json().error
        .details,
    ).toEqual([{ field: 'investigatorIds.1', message: '执法人员不存在' }]);
    expect((await post({ ...base, extra: 1 })).statusCode).toBe(400);
    const c = (await post(base)).json();
    expect((await step(spt, c.id, { step: 'fly' })).statusCode).toBe(400);
    expect((await step(spt, c.id, { step: 'investigate', on: addCalendarDays(today(), 2) })).statusCode).toBe(
      400,
    );
  });

  it('keeps scope: a county sees its own cases, an enterprise only those against itself', async () => {
    const [spt, zn, ent] = [
      await login(app(), 'spt_admin'),
      await login(app(), 'zn_admin'),
      await login(app(), 'ent_user'),
    ];
    const list = async (s: Session) =>
      (await call(app(), s, 'GET', '/api/enforcement/cases?pageSize=200')).json().items as {
        id: string;
        divisionCode: string;
        enterprise: { id: string };
      }[];
    const sptCases = await list(spt);
    const znCases = await list(zn);
    expect(sptCases.length).toBeGreaterThan(3);
    expect(sptCases.every((c) => c.divisionCode.startsWith('640502'))).toBe(true);
    expect(znCases.length).toBeGreaterThan(0);
    expect(znCases.every((c) => c.divisionCode.startsWith('640521'))).toBe(true);
    const own = await enterpriseOf(t());
    const entCases = await list(ent);
    expect(entCases.length).toBeGreaterThan(0);
    expect(entCases.every((c) => c.enterprise.id === own)).toBe(true);

    const foreign = sptCases.find((c) => c.enterprise.id !== own)!;
    const denied = await call(app(), zn, 'GET', `/api/enforcement/cases/${foreign.id}`);
    expect(denied.statusCode).toBe(404);
    expect((await call(app(), ent, 'GET', `/api/enforcement/cases/${foreign.id}`)).statusCode).toBe(404);
    expect((await step(zn, foreign.id, { step: 'withdraw' })).statusCode).toBe(404);
    const [audit] = await latestAudit(t(), 1);
    expect(audit).toMatchObject({ outcome: 'denied', object_id: foreign.id });
  });

  it('lists the clocks the authority breached, each with its basis, in scope only', async () => {
    const [spt, zn] = [await login(app(), 'spt_admin'), await login(app(), 'zn_admin')];
    const res = await call(app(), spt, 'GET', '/api/enforcement/cases/clock-breaches');
    expect(res.statusCode, res.body).toBe(200);
    const late = res.json().breached.find((b: { clock: { id: string } }) => b.clock.id === 'decision');
    expect(late.clock).toMatchObject({ status: 'breached', startedOn: ago(120), obligor: 'authority' });
    expect(late.clock.basis.citation).toContain('第六十条');
    const zb = (await call(app(), zn, 'GET', '/api/enforcement/cases/clock-breaches')).json();
    expect(
      zb.breached.every((b: { case: { divisionCode: string } }) => b.case.divisionCode.startsWith('640521')),
    ).toBe(true);
    // The unpaid demo fine: the party's payment period ran out, 加处罚款 accrues (第七十二条), capped at the fine.
    const unpaid = (await call(app(), spt, 'GET', '/api/enforcement/cases?status=served')).json().items[0];
    const d = (await call(app(), spt, 'GET', `/api/enforcement/cases/${unpaid.id}`)).json();
    expect(d.clocks.find((k: { id: string }) => k.id === 'payment').status).toBe('breached');
    expect(d.lateSurcharge.days).toBeGreaterThan(0);
    expect(d.lateSurcharge.amount).toBeLessThanOrEqual(d.penalty.amount);
  });

  it('checks a fine against the authority’s 裁量基准: outside the band needs a reason', async () => {
    const spt = await login(app(), 'spt_admin');
    const saved = await call(app(), spt, 'PUT', '/api/enforcement/benchmarks/640502', {
      id: 'SPT-2026-1',
      authority: '沙坡头区应急管理局',
      title: '测试用裁量基准',
      effectiveFrom: '2026-01-01',
      entries: [{ code: 'A1', fineId: '99-1', bands: { 一般: { min: 10000, max: 30000 } } }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const wide = await call(app(), spt, 'PUT', '/api/enforcement/benchmarks/640502', {
      id: 'SPT-2026-2',
      authority: '沙坡头区应急管理局',
      title: '超出法定幅度',
      effectiveFrom: '2026-01-01',
      entries: [{ code: 'A1', fineId: '99-1', bands: { 一般: { min: 10000, max: 90000 } } }],
    });
    expect(wide.statusCode).toBe(400);
    const c = (
      await call(app(), spt, 'POST', '/api/enforcement/cases', {
        enterpriseId: await enterpriseOf(t()),
        title: '安全设备未经常性维护',
        investigatorIds: await sptOfficers(spt),
      })
    ).json();
    await step(spt, c.id, { step: 'investigate' });
    const put = (body: object) => call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, body);
    expect((await put({ fineId: '99-1', value: 20000 })).json().error.details).toEqual([
      { field: 'circumstance', message: '请选择违法情节' },
    ]);
    const noReason = await put({ fineId: '99-1', value: 40000, circumstance: '一般' });
    expect(noReason.json().error).toMatchObject({
      code: 'ENFORCEMENT_FINE_REASON_REQUIRED',
      details: [{ field: 'reason' }],
    });
    const ok = await put({ fineId: '99-1', value: 40000, circumstance: '一般', reason: '拒不配合检查' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().penalty).toMatchObject({
      reasonRequired: true,
      reason: '拒不配合检查',
      band: { min: 10000, max: 30000 },
    });
  });

  it('POST /api/calc/accident-fine answers without a session', async () => {
    const res = await call(app(), null, 'POST', '/api/calc/accident-fine', {
      deaths: 1,
      seriousInjuries: 2,
      directLoss: 100,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      grade: '一般',
      unit: { min: 300000, max: 1000000 },
      principal: { incomePercent: 40 },
    });
    expect(res.json().unit.citation).toContain('第一百一十四条');
    const mismatch = await call(app(), null, 'POST', '/api/calc/accident-fine', {
      grade: '重大',
      deaths: 1,
      seriousInjuries: 0,
      directLoss: 0,
    });
    expect(mismatch.json().error.code).toBe('ENFORCEMENT_ACCIDENT_GRADE_MISMATCH');
    expect((await call(app(), null, 'POST', '/api/calc/accident-fine', { deaths: -1 })).statusCode).toBe(400);
  });
});

describeEachEngine('inspection plans and 双随机 draws', (t) => {
  const app = () => t().app;

  it('draws reproducibly from the recorded seed, without declared conflicts or last draw’s pairs', async () => {
    const [spt, zn] = [await login(app(), 'spt_admin'), await login(app(), 'zn_admin')];
    const plans = (await call(app(), spt, 'GET', '/api/enforcement/plans')).json();
    expect(plans.items).toHaveLength(1);
    const plan = plans.items[0];
    expect(plan.coverage).toHaveLength(12);
    expect((await call(app(), zn, 'GET', `/api/enforcement/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await call(app(), zn, 'GET', '/api/enforcement/plans')).json().items).toHaveLength(0);

    const [previous] = (await call(app(), spt, 'GET', `/api/enforcement/draws?planId=${plan.id}`)).json();
    expect(previous.reproducible).toBe(true);
    const res = await call(app(), spt, 'POST', `/api/enforcement/plans/${plan.id}/draws`, {
      seed: 'fedcba98765432100123456789abcdef',
      month: 12,
      targetCount: 4,
    });
    expect(res.statusCode, res.body).toBe(201);
    const draw = res.json();
    expect(draw).toMatchObject({
      algorithm: 'anjian-draw-v1',
      seed: 'fedcba98765432100123456789abcdef',
      reproducible: true,
    });
    expect(draw.assignments).toHaveLength(4);
    const again = drawInspections({ seed: draw.seed, ...draw.inputs });
    expect(again.assignments).toEqual(
      draw.assignments.map((a: { enterprise: { id: string }; inspectors: { id: string }[] }) => ({
        targetId: a.enterprise.id,
        inspectorIds: a.inspectors.map((i) => i.id),
      })),
    );
    const excluded = new Set(
      [...draw.inputs.conflicts, ...draw.inputs.previousPairs].map(
        (p: { inspectorId: string; targetId: string }) => `${p.inspectorId}/${p.targetId}`,
      ),
    );
    expect(draw.inputs.conflicts.length).toBeGreaterThan(0);
    expect(draw.inputs.previousPairs.length).toBe(previous.assignments.length * 2);
    for (const a of draw.assignments)
      for (const i of a.inspectors) expect(excluded.has(`${i.id}/${a.enterprise.id}`)).toBe(false);

    const first = draw.assignments[0].enterprise.id;
    const done = await call(
      app(),
      spt,
      'POST',
      `/api/enforcement/plans/${plan.id}/draws/${draw.id}/inspected`,
      {
        enterpriseId: first,
        inspectedOn: today(),
      },
    );
    expect(done.statusCode, done.body).toBe(200);
    const month = Number(today().slice(5, 7));
    const after = (await call(app(), spt, 'GET', `/api/enforcement/plans/${plan.id}`)).json();
    expect(after.coverage[month - 1].done).toBe(1);
    expect(after.coverage[11].drawn).toBeGreaterThanOrEqual(4);

    const tooMany = await call(app(), spt, 'POST', `/api/enforcement/plans/${plan.id}/draws`, {
      month: 1,
      targetCount: 1000,
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().error.code).toBe('ENFORCEMENT_DRAW_INSUFFICIENT');
    expect(
      (
        await call(app(), spt, 'POST', `/api/enforcement/plans/${plan.id}/draws`, {
          month: 13,
          targetCount: 1,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('one plan per authority and year; another county cannot write one for 沙坡头区', async () => {
    const [spt, zn] = [await login(app(), 'spt_admin'), await login(app(), 'zn_admin')];
    const body = {
      year: Number(today().slice(0, 4)),
      title: '计划',
      frequency: { red: 4, orange: 2, yellow: 1, blue: 0 },
      monthlyPlanned: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    };
    const dup = await call(app(), spt, 'POST', '/api/enforcement/plans', body);
    expect(dup.json().error.details).toEqual([{ field: 'year', message: expect.stringContaining('已存在') }]);
    expect(
      (await call(app(), zn, 'POST', '/api/enforcement/plans', { ...body, divisionCode: '640502' }))
        .statusCode,
    ).toBe(400);
    const short = await call(app(), zn, 'POST', '/api/enforcement/plans', { ...body, monthlyPlanned: [1] });
    expect(short.statusCode).toBe(400);
    const made = await call(app(), zn, 'POST', '/api/enforcement/plans', body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ divisionCode: '640521', year: body.year });
  });
});
