import { sql } from 'kysely';
import { type SelfInspectionStatsQuery, chinaDate, subtreePrefix } from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { riskScope } from '../risk/index.ts';

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

/**
 * 自查任务完成率 over the actor's scope (issue 4 item 3), by county and by frequency. A task is due once
 * its period is over or it is done; 完成率 = done within the period ÷ due (the domain's completionRate,
 * computed here in SQL with the same conditions). The period filter applies to the task's period start.
 */
export async function selfInspectionStats(
  ctx: AppContext,
  rc: RequestContext,
  q: SelfInspectionStatsQuery,
  now = new Date(),
) {
  const today = chinaDate(now);
  const county = sql<string>`substr(t.division_code, 1, 6)`;
  const rows = await ctx.db
    .selectFrom('self_inspection_task as t')
    .innerJoin('self_inspection_plan as p', 'p.id', 't.plan_id')
    .where(riskScope(requireActor(rc), 't'))
    .$if(!!q.from, (qb) => qb.where('t.period_start', '>=', q.from ?? ''))
    .$if(!!q.to, (qb) => qb.where('t.period_start', '<=', q.to ?? ''))
    .$if(!!q.divisionCode, (qb) =>
      qb.where('t.division_code', 'like', `${subtreePrefix(q.divisionCode ?? '')}%`),
    )
    .$if(!!q.sector, (qb) => qb.where('t.sector', '=', q.sector ?? ''))
    .select([
      sql<number>`grouping(${county}, p.frequency)::int`.as('g'),
      sql<string | null>`coalesce(${county}, p.frequency)`.as('key'),
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) FILTER (WHERE t.done_on IS NOT NULL OR t.period_end < ${today}::date)::int`.as(
        'due',
      ),
      sql<number>`count(*) FILTER (WHERE t.done_on <= t.period_end)::int`.as('on_time'),
      sql<number>`count(*) FILTER (WHERE t.done_on > t.period_end)::int`.as('late'),
      sql<number>`count(*) FILTER (WHERE t.done_on IS NULL AND t.period_end < ${today}::date)::int`.as(
        'missed',
      ),
      sql<number>`count(*) FILTER (WHERE t.done_on IS NULL AND t.period_end >= ${today}::date)::int`.as(
        'pending',
      ),
      sql<number>`coalesce(sum(cardinality(t.hazard_ids)), 0)::int`.as('hazards'),
      sql<number>`count(DISTINCT t.enterprise_id)::int`.as('enterprises'),
    ])
    .groupBy(sql`GROUPING SETS ((), (${county}), (p.frequency))`)
    .execute();
  const shape = (r: (typeof rows)[number]) => ({
    total: r.total,
    due: r.due,
    onTime: r.on_time,
    late: r.late,
    missed: r.missed,
    pending: r.pending,
    hazardsFound: r.hazards,
    enterprises: r.enterprises,
    completionRate: rate(r.on_time, r.due),
  });
  // grouping() sets a bit for every column NOT in the row's set: () 0b11, county 0b01, frequency 0b10.
  const set = (mask: number) => rows.filter((r) => Number(r.g) === mask);
  const counties = set(0b01);
  const names = counties.length
    ? await ctx.db
        .selectFrom('division')
        .select(['code', 'name'])
        .where(
          'code',
          'in',
          counties.map((c) => c.key ?? ''),
        )
        .execute()
    : [];
  const total = set(0b11)[0];
  return {
    asOf: today,
    period: { from: q.from ?? null, to: q.to ?? null },
    ...(total
      ? shape(total)
      : shape({
          g: 3,
          key: null,
          total: 0,
          due: 0,
          on_time: 0,
          late: 0,
          missed: 0,
          pending: 0,
          hazards: 0,
          enterprises: 0,
        })),
    byDivision: counties
      .map((r) => ({
        key: r.key ?? '',
        name: names.find((n) => n.code === r.key)?.name ?? r.key ?? '',
        ...shape(r),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    byFrequency: set(0b10)
      .map((r) => ({ key: r.key ?? '', ...shape(r) }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}
