import crypto from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { type HazardStatsQuery, addDays, chinaDate } from '@anjian/domain';
import { type Session, call, describeEachEngine, login } from '../../../test/test-app.ts';
import type { RequestContext } from '../../platform/access/actor.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import { actorFromSession, lookupSession } from '../../platform/auth/session.ts';
import { hazardStats, rollupPlan } from './hazard.stats.ts';

// The rollup of migration 0009 must give exactly what the live query gives, after every kind of write.
describeEachEngine('hazard statistics rollup', (t) => {
  const db = () => t().ctx.db;
  const today = chinaDate(new Date());
  const rcOf = async (s: Session): Promise<RequestContext> => {
    const found = await lookupSession(db(), s.cookie.split('=')[1] ?? '', await loadSecurityPolicy(db()));
    if (!found || !('state' in found)) throw new Error('no session');
    return { actor: actorFromSession(found.state.user), ip: null, userAgent: null, requestId: null };
  };
  const step = async (s: Session, id: string, action: string, body: object = {}) => {
    const res = await call(t().app, s, 'POST', `/api/hazards/${id}/${action}`, body);
    expect(res.statusCode, res.body).toBe(200);
  };

  it('answers like the live query after reports, every step, bulk writes, moves and deletes', async () => {
    const { app, ctx } = t();
    const [ent, spt, city, grid] = [
      await login(app, 'ent_user'),
      await login(app, 'spt_admin'),
      await login(app, 'city_admin'),
      await login(app, 'spt_grid'),
    ];
    const own = (
      await db()
        .selectFrom('app_user')
        .select('enterprise_id')
        .where('username', '=', 'ent_user')
        .executeTakeFirstOrThrow()
    ).enterprise_id as string;
    // Through the routes: the whole loop, a rejection, a late acceptance, a 重大 one.
    const ids: string[] = [];
    for (const [i, source] of (['企业自查', '网格巡查', '企业自查', '网格巡查'] as const).entries()) {
      const res = await call(app, source === '企业自查' ? ent : grid, 'POST', '/api/hazards', {
        enterpriseId: own,
        source,
        location: '库房',
        description: `汇总测试 ${i}`,
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const [a, b, c, d] = ids as [string, string, string, string];
    await step(spt, a, 'assess', { level: '一般', deadline: addDays(today, -2) });
    await step(ent, a, 'start-rectification');
    await step(ent, a, 'request-acceptance', { comment: '已整改' });
    await step(spt, a, 'reject', { reason: '未附照片' });
    await step(ent, a, 'request-acceptance', { comment: '补充照片' });
    await step(spt, a, 'accept'); // after its deadline: closed late
    await step(spt, b, 'assess', { level: '一般', deadline: addDays(today, 10) });
    await step(ent, b, 'start-rectification');
    await step(ent, b, 'request-acceptance', { comment: '已整改' });
    await step(spt, b, 'accept');
    await step(spt, c, 'assess', {
      level: '重大',
      deadline: addDays(today, 30),
      supervision: { deadline: addDays(today, 20) },
    });
    await step(spt, d, 'assess', { level: '一般', deadline: addDays(today, -1) }); // open, overdue

    // Directly: a multi-row insert over months and counties, a move, a status change, deletes.
    const enterprises = await db()
      .selectFrom('enterprise')
      .select(['id', 'division_code', 'sector'])
      .orderBy('id') // random uuids: spread over the counties
      .limit(60)
      .execute();
    const statuses = ['reported', 'assessed', 'rectifying', 'acceptance_requested', 'accepted'] as const;
    const bulk = Array.from({ length: 300 }, (_, i) => {
      const e = enterprises[i % enterprises.length]!;
      // Some at 23:30 Beijing time on a month's last day, the edge of a China-time month.
      const day = addDays('2024-01-31', (i * 7) % 400);
      const reportedAt = new Date(`${day}T${i % 3 === 0 ? '23:30' : '09:00'}:00+08:00`);
      const status = statuses[i % 5]!;
      return {
        id: crypto.randomUUID(),
        enterprise_id: e.id,
        division_code: e.division_code,
        sector: e.sector,
        source: i % 4 === 0 ? ('企业自查' as const) : ('网格巡查' as const),
        location: '车间',
        description: `批量 ${i}`,
        level: i % 11 === 0 ? ('重大' as const) : ('一般' as const),
        status,
        deadline: status === 'reported' ? null : addDays(day, (i % 20) - 5),
        found_at: reportedAt,
        reported_at: reportedAt,
        accepted_at: status === 'accepted' ? new Date(`${addDays(day, i % 15)}T16:30:00+08:00`) : null,
      };
    });
    await db().insertInto('hazard').values(bulk).execute();
    const other = enterprises.find((e) => !e.division_code.startsWith('640502'))!;
    await db()
      .updateTable('hazard')
      .set({ division_code: other.division_code, sector: other.sector, enterprise_id: other.id })
      .where('id', 'in', [b, ...bulk.slice(0, 10).map((h) => h.id)])
      .execute();
    await db()
      .updateTable('hazard')
      .set({ status: 'accepted', accepted_at: new Date() })
      .where(
        'id',
        'in',
        bulk.slice(10, 30).map((h) => h.id),
      )
      .where('status', '<>', 'accepted')
      .execute();
    await db().updateTable('hazard').set({ updated_at: new Date() }).execute(); // moves nothing
    await db()
      .deleteFrom('hazard')
      .where(
        'id',
        'in',
        bulk.slice(30, 60).map((h) => h.id),
      )
      .execute();

    const total = await db()
      .selectFrom('hazard')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const rolled = await db()
      .selectFrom('hazard_rollup')
      .select([
        sql<number>`sum(n) FILTER (WHERE sector <> '*' AND month <> '*')::int`.as('cells'),
        sql<number>`sum(n) FILTER (WHERE sector = '*')::int`.as('sectors'),
        sql<number>`sum(n) FILTER (WHERE month = '*')::int`.as('months'),
      ])
      .executeTakeFirstOrThrow();
    expect(rolled).toEqual({ cells: total.n, sectors: total.n, months: total.n });

    const actors = {
      city: await rcOf(city),
      spt: await rcOf(spt),
      jt: await rcOf(await login(app, 'jt_officer')),
      grid: await rcOf(grid),
      ent: await rcOf(ent),
    };
    const sector = enterprises[3]!.sector;
    const queries: HazardStatsQuery[] = [
      {},
      { divisionCode: '640521' },
      { sector },
      { divisionCode: '640502', sector },
      { from: '2024-02-01', to: '2024-06-30' }, // whole months
      { from: '2024-02-15', to: '2024-09-10' }, // edges read live
      { from: '2024-03-01' },
      { to: '2024-05-31' },
      { from: '2024-04-10' },
      { to: '2024-12-01' },
      { from: '2024-03-05', to: '2024-03-25' }, // under a month: live
      { divisionCode: '640502100' }, // finer than a county: live
    ];
    let fromRollup = 0;
    for (const [name, rc] of Object.entries(actors)) {
      for (const q of queries) {
        const auto = await hazardStats(ctx, rc, q);
        const live = await hazardStats(ctx, rc, q, new Date(), { live: true });
        expect(auto, `${name} ${JSON.stringify(q)}`).toEqual(live);
        if (rc.actor && rollupPlan(rc.actor, q)) fromRollup++;
      }
    }
    // city, spt and jt over every query but the last two; never for grid or enterprise scopes.
    expect(fromRollup).toBe(3 * (queries.length - 2));
    const all = await hazardStats(ctx, actors.city, {});
    expect(all.total).toBe(total.n);
    expect(all.closedLate).toBeGreaterThan(0);
    expect(all.overdue).toBeGreaterThan(0);
    expect(all.byMonth.some((m) => m.key === '2024-02')).toBe(true);
  });

  it('plans whole months from the rollup and the days around them live', async () => {
    const actor = (await rcOf(await login(t().app, 'city_admin'))).actor!;
    expect(rollupPlan(actor, {})).toEqual({ edges: [] });
    expect(rollupPlan(actor, { from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2024-02',
      to: '2024-02',
      edges: [],
    });
    expect(rollupPlan(actor, { from: '2023-12-20', to: '2024-03-10' })).toEqual({
      from: '2024-01',
      to: '2024-02',
      edges: [
        { from: '2023-12-20', to: '2023-12-31' },
        { from: '2024-03-01', to: '2024-03-10' },
      ],
    });
    expect(rollupPlan(actor, { from: '2024-02-02', to: '2024-03-30' })).toBeNull();
    expect(rollupPlan(actor, { divisionCode: '640502100' })).toBeNull();
  });
});
