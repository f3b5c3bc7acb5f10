import { expect, it } from 'vitest';
import { addDays, chinaDate, completionRate, periodOf } from '@anjian/domain';
import {
  type Session,
  call,
  describeEachEngine,
  enterpriseOf,
  latestAudit,
  login,
} from '../../../test/test-app.ts';
import { generatePlanTasks } from './self-inspection.jobs.ts';

const items = [
  {
    code: '危化2017-1',
    text: '危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格',
    major: true,
  },
  { text: '消防通道畅通，灭火器在有效期内' },
  { text: '配电柜前绝缘垫完好' },
];
/** The first day of the month `back` months before the current one (China time). */
const monthStart = (back: number) => {
  let p = periodOf('monthly', chinaDate(new Date()));
  for (let i = 0; i < back; i += 1) p = periodOf('monthly', addDays(p.start, -1));
  return p.start;
};

describeEachEngine('self-inspection plans (企业自查计划)', (t) => {
  const db = () => t().ctx.db;
  const own = () => enterpriseOf(t());
  const newPlan = async (body: object) => {
    const ent = await login(t().app, 'ent_user');
    const res = await call(t().app, ent, 'POST', '/api/self-inspection/plans', {
      enterpriseId: await own(),
      name: '月度综合检查',
      frequency: 'monthly',
      startsOn: monthStart(2),
      items,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return { ent, plan: res.json() };
  };
  const tasksOf = async (ent: Session, planId: string) => {
    const res = await call(t().app, ent, 'GET', `/api/self-inspection/tasks?planId=${planId}`);
    return res.json().items as { id: string; periodKey: string; state: string }[];
  };

  it('generates a task per period at once, records late and on time, and reports the completion rate', async () => {
    const { app } = t();
    const city = await login(app, 'city_admin');
    const before = (await call(app, city, 'GET', `/api/self-inspection/stats?from=${monthStart(2)}`)).json();
    const { ent, plan } = await newPlan({});
    const tasks = await tasksOf(ent, plan.id);
    expect(tasks.map((x) => x.state)).toEqual(['pending', 'missed', 'missed']); // newest first
    const [current, last] = tasks;
    const allOk = items.map((_, index) => ({ index, ok: true }));

    const done = await call(app, ent, 'POST', `/api/self-inspection/tasks/${current!.id}/complete`, {
      results: [
        { index: 0, ok: true },
        { index: 1, ok: false, hazard: { location: '仓库东门', description: '消防通道堆放纸箱' } },
        { index: 2, ok: true, comment: '已查' },
      ],
    });
    expect(done.statusCode, done.body).toBe(200);
    const task = done.json();
    expect(task).toMatchObject({ state: 'done_on_time', doneByName: expect.any(String) });
    expect(task.hazardIds).toHaveLength(1);
    expect(task.items[1]).toMatchObject({ ok: false, hazardId: task.hazardIds[0], text: items[1]!.text });
    const hazard = (await call(app, ent, 'GET', `/api/hazards/${task.hazardIds[0]}`)).json();
    expect(hazard).toMatchObject({ source: '企业自查', status: 'reported', checklistItem: items[1]!.text });
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'selfcheck.task.complete',
      object_id: current!.id,
    });

    const late = await call(app, ent, 'POST', `/api/self-inspection/tasks/${last!.id}/complete`, {
      results: allOk,
    });
    expect(late.json().state).toBe('done_late');
    const again = await call(app, ent, 'POST', `/api/self-inspection/tasks/${last!.id}/complete`, {
      results: allOk,
    });
    expect(again.statusCode).toBe(409);

    const detail = (await call(app, ent, 'GET', `/api/self-inspection/plans/${plan.id}`)).json();
    expect(detail.tasks).toEqual({ total: 3, due: 3, onTime: 1, late: 1, missed: 1, completionRate: 0.3333 });
    // The SQL of the stats and the domain rule agree on the same rows.
    const rows = await db()
      .selectFrom('self_inspection_task')
      .select(['period_end', 'done_on'])
      .select((eb) => [
        eb.cast<string>('period_end', 'text').as('pe'),
        eb.cast<string>('done_on', 'text').as('d'),
      ])
      .where('plan_id', '=', plan.id)
      .execute();
    const domain = completionRate(
      rows.map((r) => ({ periodEnd: r.pe, doneOn: r.d })),
      chinaDate(new Date()),
    );
    expect(domain).toEqual({ due: 3, onTime: 1, rate: 0.3333 });
    const stats = (await call(app, city, 'GET', `/api/self-inspection/stats?from=${monthStart(2)}`)).json();
    // The demo plans are in the city's figures too: compare with the figures before this plan.
    const diff = (k: string) => stats[k] - before[k];
    expect(['total', 'due', 'onTime', 'late', 'missed', 'hazardsFound'].map(diff)).toEqual([
      3, 3, 1, 1, 1, 1,
    ]);
    expect(stats.completionRate).toBeCloseTo(stats.onTime / stats.due, 4);
    expect(stats.byFrequency.map((f: { key: string }) => f.key)).toContain('monthly');
    expect(stats.byDivision.reduce((n: number, d: { total: number }) => n + d.total, 0)).toBe(stats.total);
  });

  it('refuses bad records and changes nothing', async () => {
    const { app } = t();
    const { ent, plan } = await newPlan({ name: '坏输入' });
    const [task] = await tasksOf(ent, plan.id);
    const url = `/api/self-inspection/tasks/${task!.id}/complete`;
    const hazardsBefore = await db()
      .selectFrom('hazard')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = [
      { results: [{ index: 0, ok: true }] }, // not every item
      { results: [0, 0, 1].map((index) => ({ index, ok: true })) }, // an item twice
      {
        results: [
          { index: 0, ok: false },
          { index: 1, ok: true },
          { index: 2, ok: true },
        ],
      }, // failed without hazard
      {
        results: [
          { index: 0, ok: false, hazard: { location: '甲', description: '乙' } },
          { index: 1, ok: true },
          { index: 2, ok: false, hazardId: '00000000-0000-4000-8000-000000000000' }, // not this enterprise's
        ],
      },
      { results: items.map((_, index) => ({ index, ok: true })), extra: 1 },
    ];
    for (const body of bad) {
      const res = await call(app, ent, 'POST', url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const hazardsAfter = await db()
      .selectFrom('hazard')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(hazardsAfter.n).toBe(hazardsBefore.n);
    expect((await tasksOf(ent, plan.id))[0]!.state).toBe('pending');
    const badPlan = await call(app, ent, 'POST', '/api/self-inspection/plans', {
      enterpriseId: plan.enterpriseId,
      name: 'x',
      frequency: 'hourly',
      startsOn: '2026-02-30',
      items: [],
    });
    expect(badPlan.statusCode).toBe(400);
    expect(
      badPlan
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['body.frequency', 'body.items', 'body.startsOn']);
  });

  it('keeps scope and roles: 中宁县 cannot read a 沙坡头区 plan (404 + audit); a regulator cannot record', async () => {
    const { app } = t();
    const { ent, plan } = await newPlan({ name: '范围' });
    const [task] = await tasksOf(ent, plan.id);
    const zn = await login(app, 'zn_admin');
    expect((await call(app, zn, 'GET', `/api/self-inspection/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_type: 'self_inspection_plan',
      object_id: plan.id,
      username: 'zn_admin',
    });
    expect((await call(app, zn, 'GET', `/api/self-inspection/tasks?planId=${plan.id}`)).json().items).toEqual(
      [],
    );
    const spt = await login(app, 'spt_admin');
    expect((await call(app, spt, 'GET', `/api/self-inspection/tasks/${task!.id}`)).statusCode).toBe(200);
    const res = await call(app, spt, 'POST', `/api/self-inspection/tasks/${task!.id}/complete`, {
      results: items.map((_, index) => ({ index, ok: true })),
    });
    expect(res.statusCode).toBe(403);
  });

  it('the job is idempotent, catches up after downtime, and stops for inactive or ended plans', async () => {
    const { app } = t();
    const today = chinaDate(new Date());
    const { ent, plan } = await newPlan({
      name: '每日巡查',
      frequency: 'daily',
      startsOn: addDays(today, -5),
    });
    expect(await tasksOf(ent, plan.id)).toHaveLength(6);
    expect(await generatePlanTasks(db(), today)).toBe(0);
    // Three days later (the server was off): three more, once.
    expect(await generatePlanTasks(db(), addDays(today, 3), plan.id)).toBe(3);
    expect(await generatePlanTasks(db(), addDays(today, 3), plan.id)).toBe(0);
    const off = await call(app, ent, 'PATCH', `/api/self-inspection/plans/${plan.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    expect(await generatePlanTasks(db(), addDays(today, 10), plan.id)).toBe(0);
    await call(app, ent, 'PATCH', `/api/self-inspection/plans/${plan.id}`, {
      active: true,
      endsOn: addDays(today, 5),
    });
    expect(await generatePlanTasks(db(), addDays(today, 10), plan.id)).toBe(2); // days +4 and +5, not beyond the end
    const early = await call(app, ent, 'PATCH', `/api/self-inspection/plans/${plan.id}`, {
      endsOn: addDays(today, -30),
    });
    expect(early.statusCode).toBe(400);
  });
});
