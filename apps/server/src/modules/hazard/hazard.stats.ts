import { z } from 'zod';
import { sql } from 'kysely';
import { type HazardStatsQuery, chinaDate, sectorName, subtreePrefix } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { hazardWhere } from './hazard.repository.ts';
import { actorOf } from './hazard.service.ts';

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);
/** reported_at as a date in China Standard Time (UTC+8, no DST), without relying on the server's tz data. */
const cst = sql`((h.reported_at AT TIME ZONE 'UTC') + interval '8 hours')`;

/**
 * Hazard statistics over the actor's scope and the filter (PRODUCT.md module 3 rates). Definitions:
 * 整改率 = accepted ÷ all; 超期率 = (open past the deadline + accepted after it) ÷ hazards with a deadline;
 * 自查自改自报 share = source 企业自查 ÷ all; reporting share = enterprises with ≥ 1 hazard in the period ÷
 * enterprises in scope with status 正常. Overdue is computed against today's date, never stored.
 */
export async function hazardStats(
  ctx: AppContext,
  rc: RequestContext,
  q: HazardStatsQuery,
  now = new Date(),
) {
  const actor = actorOf(rc);
  const today = chinaDate(now);
  const where = hazardWhere(actor, q, today);
  const base = () => ctx.db.selectFrom('hazard as h').where(where);
  const count = sql<number>`count(*)::int`;
  const county = sql<string>`substr(h.division_code, 1, 6)`;
  const month = sql<string>`to_char(${cst}, 'YYYY-MM')`;
  // Two passes over the hazards instead of seven: the totals, then every breakdown at once with GROUPING SETS.
  const [totals, groups, enterprises] = await Promise.all([
    base()
      .select([
        count.as('total'),
        sql<number>`count(*) FILTER (WHERE h.status = 'accepted')::int`.as('accepted'),
        sql<number>`count(*) FILTER (WHERE h.status <> 'accepted' AND h.deadline < ${today}::date)::int`.as(
          'overdue_open',
        ),
        sql<number>`count(*) FILTER (WHERE h.status = 'accepted' AND ((h.accepted_at AT TIME ZONE 'UTC') + interval '8 hours')::date > h.deadline)::int`.as(
          'closed_late',
        ),
        sql<number>`count(*) FILTER (WHERE h.deadline IS NOT NULL)::int`.as('with_deadline'),
        sql<number>`count(*) FILTER (WHERE h.level = '重大' AND h.status <> 'accepted')::int`.as(
          'open_major',
        ),
        sql<number>`count(*) FILTER (WHERE h.source = '企业自查')::int`.as('self_found'),
        sql<number>`count(DISTINCT h.enterprise_id)::int`.as('reporting_enterprises'),
      ])
      .executeTakeFirstOrThrow(),
    base()
      .select([
        sql<number>`grouping(h.level, h.status, h.sector, ${county}, ${month})`.as('g'),
        sql<string>`coalesce(h.level, h.status, h.sector, ${county}, ${month})`.as('key'),
        count.as('n'),
      ])
      .groupBy(sql`GROUPING SETS ((h.level), (h.status), (h.sector), (${county}), (${month}))`)
      .execute(),
    ctx.db
      .selectFrom('enterprise as e')
      .select(count.as('n'))
      .where(
        inScope(actor, {
          division: 'e.division_code',
          sector: 'e.sector',
          secondarySectors: 'e.secondary_sectors',
          enterprise: 'e.id',
        }),
      )
      .where('e.status', '=', 'normal')
      .$if(!!q.divisionCode, (qb) =>
        qb.where('e.division_code', 'like', `${subtreePrefix(q.divisionCode ?? '')}%`),
      )
      .$if(!!q.sector, (qb) => qb.where('e.sector', '=', q.sector ?? ''))
      .executeTakeFirstOrThrow(),
  ]);
  // grouping() sets a bit for every column NOT in the row's set: level 0b01111, status 0b10111, …
  const bySet = (mask: number) =>
    groups
      .filter((r) => Number(r.g) === mask)
      .map((r) => ({ key: r.key, n: Number(r.n) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byLevel = bySet(0b01111);
  const byStatus = bySet(0b10111);
  const bySector = bySet(0b11011);
  const byMonth = bySet(0b11110);
  const counties = bySet(0b11101);
  const names = counties.length
    ? await ctx.db
        .selectFrom('division')
        .select(['code', 'name'])
        .where(
          'code',
          'in',
          counties.map((c) => c.key),
        )
        .execute()
    : [];
  const byDivision = counties.map((c) => ({
    ...c,
    name: names.find((d) => d.code === c.key)?.name ?? c.key,
  }));
  const t = totals;
  return {
    period: { from: q.from ?? null, to: q.to ?? null },
    asOf: today,
    total: t.total,
    accepted: t.accepted,
    open: t.total - t.accepted,
    overdue: t.overdue_open,
    closedLate: t.closed_late,
    openMajor: t.open_major,
    rectificationRate: rate(t.accepted, t.total),
    overdueRate: rate(t.overdue_open + t.closed_late, t.with_deadline),
    selfFoundShare: rate(t.self_found, t.total),
    reportingEnterprises: t.reporting_enterprises,
    enterprisesInScope: enterprises.n,
    reportingShare: rate(t.reporting_enterprises, enterprises.n),
    byLevel: byLevel.map((r) => ({ key: r.key, n: r.n })),
    byStatus: byStatus.map((r) => ({ key: r.key, n: r.n })),
    bySector: bySector.map((r) => ({ key: r.key, name: sectorName(r.key), n: r.n })),
    byDivision: byDivision.map((r) => ({ key: r.key, name: r.name, n: r.n })),
    byMonth: byMonth.map((r) => ({ key: r.key, n: r.n })),
  };
}
export type HazardStats = Awaited<ReturnType<typeof hazardStats>>;

const bucket = z.object({ key: z.string(), n: z.number() });
export const hazardStatsSchema = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  asOf: z.string(),
  total: z.number(),
  accepted: z.number(),
  open: z.number(),
  overdue: z.number(),
  closedLate: z.number(),
  openMajor: z.number(),
  rectificationRate: z.number().nullable().describe('整改率 = 已销号 ÷ 全部'),
  overdueRate: z.number().nullable().describe('超期率 = (逾期未销号 + 逾期后销号) ÷ 有整改期限的隐患'),
  selfFoundShare: z.number().nullable().describe('企业自查发现占比（自查自改自报）'),
  reportingEnterprises: z.number(),
  enterprisesInScope: z.number(),
  reportingShare: z.number().nullable().describe('期间内上报过隐患的企业 ÷ 范围内正常经营企业'),
  byLevel: z.array(bucket),
  byStatus: z.array(bucket),
  bySector: z.array(bucket.extend({ name: z.string() })),
  byDivision: z.array(bucket.extend({ name: z.string() })),
  byMonth: z.array(bucket),
});
