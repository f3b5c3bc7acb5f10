import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { addDays, chinaDate } from '@anjian/domain';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import { remindHazardDeadlines } from './hazard.jobs.ts';

const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0);

describeEachEngine('hazard statistics, reminders and calculators', (t) => {
  const db = () => t().ctx.db;

  it('seeds demo hazards in every state, some overdue, a few 重大', async () => {
    const rows = await db()
      .selectFrom('hazard')
      .select(['status', 'level', 'listed_by_division', 'assessed_at'])
      .execute();
    expect(rows.length).toBe(120);
    expect(new Set(rows.map((r) => r.status)).size).toBe(5);
    expect(rows.some((r) => r.level === '重大')).toBe(true);
    const assessedMajor = rows.filter((r) => r.level === '重大' && r.assessed_at);
    expect(assessedMajor).not.toHaveLength(0);
    expect(assessedMajor.every((r) => r.listed_by_division)).toBe(true);
    const spt = await login(t().app, 'spt_admin');
    expect((await call(t().app, spt, 'GET', '/api/hazards?overdue=true')).json().total).toBeGreaterThan(0);
  });

  it('counts by level, status, sector, division and month with the rates, within scope', async () => {
    const { app } = t();
    const city = (await call(app, await login(app, 'city_admin'), 'GET', '/api/hazards/stats')).json();
    expect(city.total).toBe(120);
    for (const k of ['byLevel', 'byStatus', 'bySector', 'byDivision', 'byMonth'])
      expect(sum(city[k]), k).toBe(city.total);
    expect(city.rectificationRate).toBeCloseTo(city.accepted / city.total, 3);
    const all = await db()
      .selectFrom('hazard')
      .select([
        'status',
        'level',
        'source',
        'enterprise_id',
        sql<string | null>`deadline::text`.as('deadline'),
      ])
      .execute();
    const today = chinaDate(new Date());
    expect(city.openMajor).toBe(all.filter((h) => h.level === '重大' && h.status !== 'accepted').length);
    expect(city.overdue).toBe(
      all.filter((h) => h.status !== 'accepted' && h.deadline !== null && h.deadline < today).length,
    );
    expect(city.selfFoundShare).toBeCloseTo(
      all.filter((h) => h.source === '企业自查').length / all.length,
      3,
    );
    expect(city.reportingEnterprises).toBe(new Set(all.map((h) => h.enterprise_id)).size);
    expect(city.reportingShare).toBeCloseTo(city.reportingEnterprises / city.enterprisesInScope, 3);
    expect(city.overdueRate).toBeGreaterThan(0);
    const spt = (await call(app, await login(app, 'spt_admin'), 'GET', '/api/hazards/stats')).json();
    expect(spt.byDivision.map((d: { key: string }) => d.key)).toEqual(['640502']);
    expect(spt.total).toBeLessThan(city.total);
    const month = city.byMonth.at(-1).key as string;
    const period = (
      await call(
        app,
        await login(app, 'city_admin'),
        'GET',
        `/api/hazards/stats?from=${month}-01&to=${addDays(`${month}-28`, 3)}`,
      )
    ).json();
    expect(period.byMonth.map((m: { key: string }) => m.key)).toEqual([month]);
  });

  it('writes deadline reminders once: 3 days before and when overdue; reruns write nothing new', async () => {
    const { app, ctx } = t();
    const ent = await login(app, 'ent_user');
    const own = (
      await db()
        .selectFrom('app_user')
        .select('enterprise_id')
        .where('username', '=', 'ent_user')
        .executeTakeFirstOrThrow()
    ).enterprise_id as string;
    const today = chinaDate(new Date());
    const make = async (deadline: string) => {
      const h = (
        await call(app, ent, 'POST', '/api/hazards', {
          enterpriseId: own,
          source: '企业自查',
          location: '库房',
          description: `提醒测试 ${deadline}`,
        })
      ).json();
      await call(app, await login(app, 'spt_admin'), 'POST', `/api/hazards/${h.id}/assess`, {
        level: '一般',
        deadline,
      });
      return h.id as string;
    };
    const soon = await make(addDays(today, 2));
    const late = await make(addDays(today, -1));
    const later = await make(addDays(today, 20));
    const first = await remindHazardDeadlines(ctx, new Date());
    expect(first.dueSoon).toBeGreaterThan(0);
    expect(first.overdue).toBeGreaterThan(0);
    expect(await remindHazardDeadlines(ctx, new Date())).toEqual({ dueSoon: 0, overdue: 0 });
    const mine = await db()
      .selectFrom('notification as n')
      .innerJoin('app_user as u', 'u.id', 'n.user_id')
      .select(['n.hazard_id', 'n.kind'])
      .where('u.username', '=', 'ent_user')
      .where('n.event_id', 'is', null) // reminders, not the loop's step notices
      .execute();
    expect(mine).toContainEqual({ hazard_id: soon, kind: 'due_soon' });
    expect(mine).toContainEqual({ hazard_id: late, kind: 'overdue' });
    expect(mine.some((n) => n.hazard_id === later)).toBe(false);
    const assessor = await db()
      .selectFrom('notification as n')
      .innerJoin('app_user as u', 'u.id', 'n.user_id')
      .select('n.kind')
      .where('u.username', '=', 'spt_admin')
      .where('n.hazard_id', '=', late)
      .where('n.event_id', 'is', null)
      .execute();
    expect(assessor).toEqual([{ kind: 'overdue' }]);

    const inbox = (await call(app, ent, 'GET', '/api/notifications?unread=true')).json();
    expect(inbox.unread).toBe(inbox.total);
    expect(inbox.items[0]).toMatchObject({
      kind: expect.any(String),
      title: expect.stringContaining('隐患'),
      readAt: null,
    });
    const read = await call(app, ent, 'POST', `/api/notifications/${inbox.items[0].id}/read`);
    expect(read.json().unread).toBe(inbox.unread - 1);
    const other = await login(app, 'zn_admin');
    expect((await call(app, other, 'POST', `/api/notifications/${inbox.items[1].id}/read`)).statusCode).toBe(
      404,
    );
    expect((await call(app, ent, 'POST', '/api/notifications/read-all')).json().unread).toBe(0);
  });

  it('calculates LEC and L×S; a score outside the tables is a 400', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    expect((await call(app, ent, 'POST', '/api/calc/lec', { L: 6, E: 6, C: 15 })).json()).toEqual({
      D: 540,
      dangerClass: '极其危险',
      level: '重大风险',
      color: 'red',
    });
    expect((await call(app, ent, 'POST', '/api/calc/lec', { L: 1, E: 0.5, C: 40 })).json()).toEqual({
      D: 20,
      dangerClass: '稍有危险',
      level: '低风险',
      color: 'blue',
    });
    const bad = await call(app, ent, 'POST', '/api/calc/lec', { L: 2, E: 6, C: 15 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('L');
    expect((await call(app, ent, 'POST', '/api/calc/ls', { L: 3, S: 3 })).json()).toEqual({
      R: 9,
      level: '一般风险',
      color: 'yellow',
    });
    expect((await call(app, ent, 'POST', '/api/calc/ls', { L: 6, S: 1 })).statusCode).toBe(400);
    expect(
      (await call(app, await login(app, 'audit_admin'), 'POST', '/api/calc/lec', { L: 6, E: 6, C: 15 }))
        .statusCode,
    ).toBe(403);
    const lists = (await call(app, ent, 'GET', '/api/risk/checklists')).json();
    expect(lists[0].items).toHaveLength(20);
    expect(lists[1].items.length).toBeGreaterThan(3);
  });
});
