import { expect, it } from 'vitest';
import { type Session, call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('hazard origin (隐患溯源)', (t) => {
  const post = async (s: Session, url: string, body: object) => {
    const res = await call(t().app, s, 'POST', url, body);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  it('traces a hazard up the risk chain and to its self-inspection item; other counties get 404', async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const { enterprise_id: enterpriseId } = await ctx.db
      .selectFrom('app_user')
      .select('enterprise_id')
      .where('username', '=', 'ent_user')
      .executeTakeFirstOrThrow();
    const object = await post(ent, '/api/risk/objects', { enterpriseId, kind: '设施设备', name: '锅炉房' });
    const unit = await post(ent, '/api/risk/units', {
      objectId: object.id,
      name: '1号燃气锅炉',
      department: '动力部',
      responsiblePerson: '王刚',
    });
    const event = await post(ent, '/api/risk/events', {
      unitId: unit.id,
      name: '燃气泄漏爆炸',
      assessment: { method: 'LS', L: 3, S: 5 },
    });
    const measure = await post(ent, '/api/risk/measures', {
      eventId: event.id,
      type: '维护保养',
      content: '每日检查燃气管道与报警仪',
      responsibleLevel: '班组',
      check: { cycle: { num: 1, unit: 'day' } },
    });
    const unitDetail = (await call(app, ent, 'GET', `/api/risk/units/${unit.id}`)).json();
    const task = unitDetail.tasks.find((x: { measureId: string }) => x.measureId === measure.id);
    const hazard = await post(ent, '/api/hazards', {
      enterpriseId,
      source: '企业自查',
      location: '锅炉房',
      description: '燃气报警仪探头被遮挡',
    });
    await post(ent, `/api/risk/tasks/${task.id}/records`, { result: 'hazard', hazardId: hazard.id });

    const origin = (await call(app, ent, 'GET', `/api/hazards/${hazard.id}/origin`)).json();
    expect(origin.riskChain).toEqual([
      expect.objectContaining({
        task: expect.objectContaining({ id: task.id, cycle: { num: 1, unit: 'day' } }),
        measure: expect.objectContaining({ id: measure.id, type: '维护保养' }),
        event: expect.objectContaining({ id: event.id, name: '燃气泄漏爆炸', level: '较大风险' }),
        unit: { id: unit.id, name: '1号燃气锅炉' },
        object: { id: object.id, name: '锅炉房', kind: '设施设备' },
      }),
    ]);
    expect(origin.selfInspection).toEqual([]);

    // The same hazard linked from a self-inspection item.
    const plan = await post(ent, '/api/self-inspection/plans', {
      enterpriseId,
      name: '锅炉房日检',
      frequency: 'daily',
      startsOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      items: [{ text: '燃气报警仪完好、未遮挡' }],
    });
    const [selfTask] = (await call(app, ent, 'GET', `/api/self-inspection/tasks?planId=${plan.id}`)).json()
      .items;
    await post(ent, `/api/self-inspection/tasks/${selfTask.id}/complete`, {
      results: [{ index: 0, ok: false, hazardId: hazard.id }],
    });
    const again = (await call(app, ent, 'GET', `/api/hazards/${hazard.id}/origin`)).json();
    expect(again.selfInspection).toEqual([
      {
        taskId: selfTask.id,
        planId: plan.id,
        planName: '锅炉房日检',
        periodKey: selfTask.periodKey,
        item: '燃气报警仪完好、未遮挡',
      },
    ]);

    const zn = await login(app, 'zn_admin');
    expect((await call(app, zn, 'GET', `/api/hazards/${hazard.id}/origin`)).statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({ outcome: 'denied', object_id: hazard.id });
  });
});
