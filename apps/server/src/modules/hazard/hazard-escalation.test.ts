import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { addDays, chinaDate } from '@anjian/domain';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import { escalateSupervisionOverdue } from './hazard.jobs.ts';

describeEachEngine('挂牌督办 escalation', (t) => {
  it('notifies the listing authority’s acceptors once when the 督办 deadline passes on an open 重大隐患', async () => {
    const { app, ctx } = t();
    const db = ctx.db;
    const e = await db
      .selectFrom('enterprise')
      .select(['id', 'division_code', 'sector'])
      .where('division_code', 'like', '640502%')
      .executeTakeFirstOrThrow();
    const today = chinaDate(new Date());
    const hazard = (
      status: 'rectifying' | 'accepted',
      level: '一般' | '重大',
      supervisionDeadline: string,
    ) => ({
      id: randomUUID(),
      enterprise_id: e.id,
      division_code: e.division_code,
      sector: e.sector,
      source: '执法检查' as const,
      location: '罐区',
      description: `督办测试 ${status} ${level} ${supervisionDeadline}`,
      level,
      status,
      deadline: addDays(today, 30),
      listed_by_division: '640502',
      listed_by_name: '沙坡头区应急管理局',
      supervision_deadline: supervisionDeadline,
      found_at: new Date(),
    });
    const overdue = hazard('rectifying', '重大', addDays(today, -1));
    const notYet = hazard('rectifying', '重大', today);
    const closed = hazard('accepted', '重大', addDays(today, -5));
    await db.insertInto('hazard').values([overdue, notYet, closed]).execute();

    const first = await escalateSupervisionOverdue(ctx, new Date());
    expect(first.escalated).toBeGreaterThan(0);
    expect(await escalateSupervisionOverdue(ctx, new Date())).toEqual({ escalated: 0 });

    const sent = await db
      .selectFrom('notification as n')
      .innerJoin('app_user as u', 'u.id', 'n.user_id')
      .select(['n.hazard_id', 'u.username', 'u.division_code', 'n.title'])
      .where('n.kind', '=', 'supervision_overdue')
      .execute();
    expect(sent.some((n) => n.hazard_id === notYet.id || n.hazard_id === closed.id)).toBe(false);
    const mine = sent.filter((n) => n.hazard_id === overdue.id);
    expect(mine.map((n) => n.username)).toContain('spt_admin');
    expect(mine.every((n) => n.division_code === '640502')).toBe(true);
    expect(mine.some((n) => n.username === 'zn_admin' || n.username === 'ent_user')).toBe(false);

    const inbox = (await call(app, await login(app, 'spt_admin'), 'GET', '/api/notifications')).json();
    expect(
      inbox.items.some(
        (n: { kind: string; hazardId: string }) =>
          n.kind === 'supervision_overdue' && n.hazardId === overdue.id,
      ),
    ).toBe(true);
  });
});
