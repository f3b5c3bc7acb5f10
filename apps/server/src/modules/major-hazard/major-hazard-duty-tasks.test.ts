import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { addDays, chinaDate, dutyPeriodOf } from '@anjian/domain';
import { call, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';
import { generateDutyTasks } from './major-hazard.jobs.ts';

const person = (name: string) => ({ name, title: '岗位', phone: '13900000000' });
const today = chinaDate(new Date());
const weekly = { cycleNum: 1, cycleUnit: 'week' as const };
const quarterly = { cycleNum: 3, cycleUnit: 'month' as const };

interface Task {
  id: string;
  role: string;
  periodStart: string;
  periodEnd: string;
  doneAt: string | null;
  checkId: string | null;
  overdue: boolean;
}

describeEachEngine('major hazard 包保 duty tasks', (t) => {
  it('a registered source gets its tasks; a check completes its period; rates per source and enterprise', async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const unit = (
      await call(app, ent, 'POST', '/api/major-hazard/units', {
        kind: 'storage',
        name: 'e2e 包保任务罐区',
        exposedPeople: 50,
        chemicals: [{ name: '氯', q: 25 }],
      })
    ).json();
    const saved = await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      guarantors: { principal: person('张总'), technical: person('李工'), operational: person('王班长') },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const tasksOf = async (s = ent, q = '') =>
      (await call(app, s, 'GET', `/api/major-hazard/duty-tasks?unitId=${unit.id}${q}`)).json()
        .items as Task[];

    // The current and next period of each role, from the role's cycle (weekly, quarterly, quarterly).
    const created = await tasksOf();
    const thisWeek = dutyPeriodOf(weekly, today);
    const nextWeek = dutyPeriodOf(weekly, thisWeek.end);
    const thisQuarter = dutyPeriodOf(quarterly, today);
    const key = (x: { role: string; periodStart: string; periodEnd: string }) =>
      `${x.role}:${x.periodStart}:${x.periodEnd}`;
    expect(created.map(key).sort()).toEqual(
      [
        `operational:${thisWeek.start}:${thisWeek.end}`,
        `operational:${nextWeek.start}:${nextWeek.end}`,
        `principal:${thisQuarter.start}:${thisQuarter.end}`,
        `principal:${thisQuarter.end}:${dutyPeriodOf(quarterly, thisQuarter.end).end}`,
        `technical:${thisQuarter.start}:${thisQuarter.end}`,
        `technical:${thisQuarter.end}:${dutyPeriodOf(quarterly, thisQuarter.end).end}`,
      ].sort(),
    );
    expect(created.every((x) => x.doneAt === null)).toBe(true);

    // The job again (twice): no duplicate.
    await generateDutyTasks(ctx.db, today);
    expect(await generateDutyTasks(ctx.db, today)).toBe(0);
    expect(await tasksOf()).toHaveLength(6);

    // A check completes exactly the task whose period holds its date.
    const checked = await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: today,
    });
    expect(checked.statusCode, checked.body).toBe(201);
    const after = await tasksOf();
    const done = after.filter((x) => x.doneAt !== null);
    expect(done.map(key)).toEqual([`operational:${thisWeek.start}:${thisWeek.end}`]);
    const checkId = checked.json().registration.checks[0].id;
    expect(done[0]!.checkId).toBe(checkId);
    expect(checked.json().registration).toMatchObject({ tasksDone: 1, tasksDue: 1, rate: 1 });

    // An ended period left undone (last week): due 2, done 1; overdue on the worklist and the workbench.
    const lastWeek = dutyPeriodOf(weekly, addDays(thisWeek.start, -1));
    const u = await ctx.db
      .selectFrom('major_hazard_unit')
      .select(['enterprise_id', 'division_code', 'sector'])
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('major_hazard_duty_task')
      .values({
        id: crypto.randomUUID(),
        unit_id: unit.id,
        enterprise_id: u.enterprise_id,
        division_code: u.division_code,
        sector: u.sector,
        role: 'operational',
        period_start: lastWeek.start,
        period_end: lastWeek.end,
      })
      .execute();
    const detail = (await call(app, ent, 'GET', `/api/major-hazard/units/${unit.id}`)).json().registration;
    expect(detail).toMatchObject({ tasksDone: 1, tasksDue: 2, rate: 0.5 });
    expect(detail.duties.find((d: { role: string }) => d.role === 'operational')).toMatchObject({
      tasksDone: 1,
      tasksDue: 2,
      overdue: true,
      nextDueOn: addDays(lastWeek.end, -1),
    });
    expect((await tasksOf(ent, '&status=overdue')).map(key)).toEqual([
      `operational:${lastWeek.start}:${lastWeek.end}`,
    ]);
    const gap = (await call(app, ent, 'GET', '/api/major-hazard/units?gap=duty&pageSize=200')).json();
    expect(gap.items.map((u: { id: string }) => u.id)).toContain(unit.id);
    const bench = (await call(app, ent, 'GET', '/api/workbench')).json().items;
    const todo = bench.find((i: { key: string }) => i.key === 'major_hazard.duty-overdue');
    expect(todo.count).toBeGreaterThanOrEqual(1);
    expect((await call(app, ent, 'GET', `/api${todo.link}`)).json().total).toBe(todo.count);

    // Per enterprise: the report's figures are the tasks' of its sources since 1 January.
    const enterpriseId = await enterpriseOf(t());
    const spt = await login(app, 'spt_admin');
    const report = (await call(app, spt, 'GET', '/api/major-hazard/baobao')).json();
    const mine = report.items.find((e: { enterpriseId: string }) => e.enterpriseId === enterpriseId);
    const { rows } = await sql<{ done: string; due: string }>`
      SELECT count(*) FILTER (WHERE t.done_at IS NOT NULL) AS done,
        count(*) FILTER (WHERE t.done_at IS NOT NULL OR t.period_end <= ${today}::date) AS due
      FROM major_hazard_duty_task t JOIN major_hazard_unit u ON u.id = t.unit_id
      JOIN major_hazard_guarantor g ON g.unit_id = t.unit_id AND g.role = t.role
      WHERE t.enterprise_id = ${enterpriseId} AND u.is_major
        AND t.period_end > ${`${today.slice(0, 4)}-01-01`}::date`.execute(ctx.db);
    expect(mine).toMatchObject({ tasksDone: Number(rows[0]!.done), tasksDue: Number(rows[0]!.due) });
    expect(mine.rate).toBeCloseTo(Number(rows[0]!.done) / Number(rows[0]!.due));

    // Last week's check, recorded late, completes last week's task only.
    await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: lastWeek.start,
    });
    expect(await tasksOf(ent, '&status=overdue')).toEqual([]);
    expect((await tasksOf(ent, '&status=done')).map(key).sort()).toEqual(
      [
        `operational:${lastWeek.start}:${lastWeek.end}`,
        `operational:${thisWeek.start}:${thisWeek.end}`,
      ].sort(),
    );

    // Scope: the county's regulator sees the tasks, another county's does not.
    expect(await tasksOf(spt)).toHaveLength(7);
    const zn = await login(app, 'zn_admin');
    expect(await tasksOf(zn)).toEqual([]);
  });

  it('a role left without a person loses its open tasks', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const unit = (
      await call(app, ent, 'POST', '/api/major-hazard/units', {
        kind: 'storage',
        name: 'e2e 包保任务二',
        exposedPeople: 50,
        chemicals: [{ name: '氯', q: 25 }],
      })
    ).json();
    const put = (guarantors: object) =>
      call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, { guarantors });
    await put({ principal: person('张总'), operational: person('王班长') });
    const roles = async () =>
      [
        ...new Set(
          (await call(app, ent, 'GET', `/api/major-hazard/duty-tasks?unitId=${unit.id}`))
            .json()
            .items.map((x: Task) => x.role),
        ),
      ].sort();
    expect(await roles()).toEqual(['operational', 'principal']);
    await put({ principal: person('张总'), technical: person('李工') });
    expect(await roles()).toEqual(['principal', 'technical']);
  });

  it('a cycle edit replaces the open tasks not yet ended and continues after the newest task', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const unit = (
      await call(app, ent, 'POST', '/api/major-hazard/units', {
        kind: 'storage',
        name: 'e2e 包保任务三',
        exposedPeople: 50,
        chemicals: [{ name: '氯', q: 25 }],
      })
    ).json();
    await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      guarantors: { operational: person('王班长') },
    });
    await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: today,
    });
    const sys = await login(app, 'sys_admin');
    const edit = await call(app, sys, 'PUT', '/api/major-hazard/duty-cycles/operational', {
      cycleNum: 1,
      cycleUnit: 'month',
      citation: '本地规定',
      verified: false,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const items = (await call(app, ent, 'GET', `/api/major-hazard/duty-tasks?unitId=${unit.id}`)).json()
      .items as Task[];
    const thisWeek = dutyPeriodOf(weekly, today);
    const monthly = { cycleNum: 1, cycleUnit: 'month' as const };
    // This week's done task stays; next week's open one gives way to the months starting after it.
    const expected = [`${thisWeek.start}:${thisWeek.end}:done`];
    for (
      let p = dutyPeriodOf(monthly, today);
      p.start <= dutyPeriodOf(monthly, today).end;
      p = dutyPeriodOf(monthly, p.end)
    )
      if (p.start >= thisWeek.end) expected.push(`${p.start}:${p.end}:open`);
    expect(items.map((x) => `${x.periodStart}:${x.periodEnd}:${x.doneAt ? 'done' : 'open'}`).sort()).toEqual(
      expected.sort(),
    );
  });
  it('what a duty check finds enters the hazard loop with it, in one write; a bad finding writes nothing', async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const unit = (
      await call(app, ent, 'POST', '/api/major-hazard/units', {
        kind: 'storage',
        name: 'e2e 包保发现罐区',
        exposedPeople: 50,
        chemicals: [{ name: '氯', q: 25 }],
      })
    ).json();
    await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      guarantors: { operational: person('王班长') },
    });
    const checks = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('major_hazard_duty_check')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('unit_id', '=', unit.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const bad = await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: today,
      findings: [{ location: '液氯储罐区', description: '' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({
      field: 'body.findings.0.description',
      message: '请填写隐患描述',
    });
    expect(await checks()).toBe(0);

    const res = await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: today,
      findings: [{ location: '液氯储罐区', description: '一号储罐液位计读数与现场不符' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await checks()).toBe(1);
    const hazard = await ctx.db
      .selectFrom('hazard')
      .select(['id', 'source', 'status', 'checklist_item', 'enterprise_id'])
      .where('description', '=', '一号储罐液位计读数与现场不符')
      .executeTakeFirstOrThrow();
    expect(hazard).toMatchObject({
      source: '企业自查',
      status: 'reported',
      checklist_item: '重大危险源包保履职（操作负责人）',
      enterprise_id: await enterpriseOf(t()),
    });
    // The county regulator finds it in its list, waiting for 评估.
    const spt = await login(app, 'spt_admin');
    const list = await call(app, spt, 'GET', '/api/hazards?status=reported&pageSize=200');
    expect(list.json().items.map((h: { id: string }) => h.id)).toContain(hazard.id);
  });
});
