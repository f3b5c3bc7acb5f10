import { expect, it } from 'vitest';
import { addCalendarDays, chinaDate } from '@anjian/domain';
import { call, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';

const finding = {
  checklistItem: '消防通道畅通，灭火器在有效期内',
  description: '二号仓库消防通道被货物堵塞',
  location: '二号仓库',
  level: '一般',
  legalBasis: '《中华人民共和国消防法》第二十八条',
};

describeEachEngine('现场检查 (inspections on a phone)', (t) => {
  const app = () => t().app;
  const rectifyBy = () => addCalendarDays(chinaDate(new Date()), 15);

  it('turns each finding into a 执法检查 hazard with the 指令书 deadline, and syncs a draft only once', async () => {
    const spt = await login(app(), 'spt_admin');
    const body = {
      enterpriseId: await enterpriseOf(t()),
      idempotencyKey: `draft-${crypto.randomUUID()}`,
      findings: [finding],
      measures: ['当场整改'],
      rectifyBy: rectifyBy(),
    };
    const res = await call(app(), spt, 'POST', '/api/inspections', body);
    expect(res.statusCode, res.body).toBe(201);
    const insp = res.json();
    expect(insp).toMatchObject({ status: 'rectifying', rectifyBy: body.rectifyBy, measures: ['当场整改'] });
    const hazard = (await call(app(), spt, 'GET', `/api/hazards/${insp.findings[0].hazardId}`)).json();
    expect(hazard).toMatchObject({ source: '执法检查', deadline: body.rectifyBy, status: 'assessed' });

    const again = await call(app(), spt, 'POST', '/api/inspections', body);
    expect(again.json().id).toBe(insp.id);
    const rows = await t()
      .ctx.db.selectFrom('inspection')
      .select('id')
      .where('idempotency_key', '=', body.idempotencyKey)
      .execute();
    expect(rows).toHaveLength(1);
    const chain = await t()
      .ctx.db.selectFrom('record_step')
      .select('step_type')
      .where('chain', '=', `inspection:${insp.id}`)
      .execute();
    expect(chain.map((r) => r.step_type)).toEqual(['inspect']);
  });

  it('asks the deadline when something was found, and keeps another county out (404)', async () => {
    const spt = await login(app(), 'spt_admin');
    const enterpriseId = await enterpriseOf(t());
    const noDeadline = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId,
      idempotencyKey: `draft-${crypto.randomUUID()}`,
      findings: [finding],
    });
    expect(noDeadline.statusCode).toBe(400);
    for (const extra of [{ inspector: '张三' }, { findings: [{ ...finding, severity: 'high' }] }]) {
      const res = await call(app(), spt, 'POST', '/api/inspections', {
        enterpriseId,
        idempotencyKey: `draft-${crypto.randomUUID()}`,
        rectifyBy: rectifyBy(),
        ...extra,
      });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
    }
    const ok = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId,
      idempotencyKey: `draft-${crypto.randomUUID()}`,
      findings: [],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const zn = await login(app(), 'zn_admin');
    expect((await call(app(), zn, 'GET', `/api/inspections/${ok.json().id}`)).statusCode).toBe(404);
    const foreign = await call(app(), zn, 'POST', '/api/inspections', {
      enterpriseId,
      idempotencyKey: `draft-${crypto.randomUUID()}`,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('commits the inspection, its hazards and their assessment together: a refused finding leaves nothing', async () => {
    const spt = await login(app(), 'spt_admin');
    const enterpriseId = await enterpriseOf(t());
    const db = t().ctx.db;
    const hazards = () =>
      db.selectFrom('hazard').select('id').where('enterprise_id', '=', enterpriseId).execute();
    const audits = () =>
      db.selectFrom('audit_log').select('id').where('action', '=', 'hazard.report').execute();
    const [hazardsBefore, auditsBefore] = [await hazards(), await audits()];
    const key = `draft-${crypto.randomUUID()}`;
    const res = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId,
      idempotencyKey: key,
      // The first finding's hazard is inserted and assessed before the second's deadline is refused.
      findings: [finding, { ...finding, location: '三号仓库', deadline: '2020-01-01' }],
      rectifyBy: rectifyBy(),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'findings.1.deadline', message: expect.stringContaining('整改期限不能早于隐患发现日期') },
    ]);
    const rows = await db.selectFrom('inspection').select('id').where('idempotency_key', '=', key).execute();
    expect(rows).toHaveLength(0);
    expect(await hazards()).toHaveLength(hazardsBefore.length);
    expect(await audits()).toHaveLength(auditsBefore.length);
  });

  it('lists the inspections in scope, paged, by enterprise, status and day; bad filters are a 400', async () => {
    const [spt, zn, ent] = [
      await login(app(), 'spt_admin'),
      await login(app(), 'zn_admin'),
      await login(app(), 'ent_user'),
    ];
    const enterpriseId = await enterpriseOf(t());
    const post = (findings: object[]) =>
      call(app(), spt, 'POST', '/api/inspections', {
        enterpriseId,
        idempotencyKey: `draft-${crypto.randomUUID()}`,
        findings,
        ...(findings.length && { rectifyBy: rectifyBy() }),
      });
    const open = (await post([finding])).json();
    const closed = (await post([])).json();
    expect([open.status, closed.status]).toEqual(['rectifying', 'closed']);
    const ids = async (s: typeof spt, query: string) => {
      const res = await call(app(), s, 'GET', `/api/inspections?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { id: string }[]).map((i) => i.id);
    };
    const today = chinaDate(new Date());
    expect(await ids(spt, `enterpriseId=${enterpriseId}&pageSize=200`)).toEqual(
      expect.arrayContaining([open.id, closed.id]),
    );
    const byStatus = await ids(spt, `enterpriseId=${enterpriseId}&status=closed&pageSize=200`);
    expect(byStatus).toContain(closed.id);
    expect(byStatus).not.toContain(open.id);
    expect(await ids(spt, `from=${today}&to=${today}&pageSize=200`)).toContain(open.id);
    expect(await ids(spt, `from=${addCalendarDays(today, 1)}`)).toEqual([]);
    const page = (await call(app(), spt, 'GET', '/api/inspections?page=1&pageSize=1')).json();
    expect(page).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items[0]).toMatchObject({
      findingCount: expect.any(Number),
      openFindingCount: expect.any(Number),
    });
    const foreign = await ids(zn, 'pageSize=200');
    expect(foreign).not.toContain(open.id);
    const own = (await call(app(), ent, 'GET', '/api/inspections?pageSize=200')).json().items;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i: { enterpriseId: string }) => i.enterpriseId === enterpriseId)).toBe(true);
    for (const bad of ['status=open', 'from=2026-13-01', 'pageSize=1000', 'enterpriseId=x', 'sort=id']) {
      const res = await call(app(), spt, 'GET', `/api/inspections?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.message, bad).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
