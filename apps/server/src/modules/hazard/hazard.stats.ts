import { type RawBuilder, sql } from 'kysely';
import {
  type HazardFilter,
  type HazardStatsQuery,
  type HazardStatus,
  addDays,
  chinaDate,
  sectorName,
  subtreePrefix,
} from '@anjian/domain';
import { type Actor, type RequestContext, scopeKindOf, requireActor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { hazardWhere } from './hazard.repository.ts';

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);
/** reported_at as a date in China Standard Time (UTC+8, no DST), without relying on the server's tz data. */
const cst = sql`((h.reported_at AT TIME ZONE 'UTC') + interval '8 hours')`;
const flag = (cond: RawBuilder<unknown>) => sql<number>`(${cond})::int`;
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const STATUSES = [
  'acceptance_requested',
  'accepted',
  'assessed',
  'rectifying',
  'reported',
] as const satisfies readonly HazardStatus[];

type DayRange = { from: string; to: string };
/** What the rollup answers: whole months `from`–`to` (open ends when absent); the `edges` are read live. */
export type RollupPlan = { from?: string; to?: string; edges: DayRange[] };

const monthOf = (day: string) => day.slice(0, 7);
const monthAfter = (m: string) => monthOf(addDays(`${m}-28`, 4));
const monthBefore = (m: string) => monthOf(addDays(`${m}-01`, -1));
const isMonthEnd = (day: string) => addDays(day, 1).endsWith('-01');

/**
 * Whether the statistics can come from the rollup, exactly: a scope and a division filter no finer than a
 * county (the rollup's key), no enterprise or agency scope (not in the key), and a period holding at least
 * one whole calendar month; the days before its first and after its last whole month are read live.
 */
export function rollupPlan(actor: Actor, q: HazardStatsQuery): RollupPlan | null {
  const coarse = (code: string | null) => !!code && subtreePrefix(code).length <= 6;
  const kind = scopeKindOf(actor);
  if (kind !== 'all' && !((kind === 'division' || kind === 'department') && coarse(actor.divisionCode)))
    return null;
  if (q.divisionCode && !coarse(q.divisionCode)) return null;
  const plan: RollupPlan = { edges: [] };
  if (q.from) {
    plan.from = q.from.endsWith('-01') ? monthOf(q.from) : monthAfter(monthOf(q.from));
    if (!q.from.endsWith('-01')) plan.edges.push({ from: q.from, to: addDays(`${plan.from}-01`, -1) });
  }
  if (q.to) {
    plan.to = isMonthEnd(q.to) ? monthOf(q.to) : monthBefore(monthOf(q.to));
    if (!isMonthEnd(q.to)) plan.edges.push({ from: `${monthOf(q.to)}-01`, to: q.to });
  }
  return plan.from && plan.to && plan.from > plan.to ? null : plan;
}

/**
 * Hazard statistics over the actor's scope and the filter (PRODUCT.md module 3 rates). Definitions:
 * 整改率 = accepted ÷ all; 超期率 = (open past the deadline + accepted after it) ÷ hazards with a deadline;
 * 自查自改自报 share = source 企业自查 ÷ all; reporting share = enterprises with ≥ 1 hazard in the period ÷
 * enterprises in scope with status 正常. Overdue is computed against today's date, never stored (and read
 * live). The counts come from the rollup of migration 0009 when it answers the question exactly
 * (`rollupPlan`), otherwise (or with `live`) from the hazards themselves: the same numbers either way.
 */
export async function hazardStats(
  ctx: AppContext,
  rc: RequestContext,
  q: HazardStatsQuery,
  now = new Date(),
  opts: { live?: boolean } = {},
) {
  const { db } = ctx;
  const actor = requireActor(rc);
  const today = chinaDate(now);
  const plan = opts.live ? null : rollupPlan(actor, q);
  const count = sql<number>`count(*)::int`;
  const hazards = (f: HazardFilter) => db.selectFrom('hazard as h').where(hazardWhere(actor, f, today));
  // One row per hazard, shaped like a rollup row.
  const live = (f: HazardFilter) =>
    hazards(f).select([
      sql<string>`substr(h.division_code, 1, 6)`.as('county'),
      'h.sector',
      sql<string>`to_char(${cst}, 'YYYY-MM')`.as('month'),
      sql<number>`1`.as('n'),
      flag(sql`h.level = '重大'`).as('major'),
      ...STATUSES.map((s) => flag(sql`h.status = ${sql.lit(s)}`).as(s)),
      flag(
        sql`h.status = 'accepted' AND coalesce(((h.accepted_at AT TIME ZONE 'UTC') + interval '8 hours')::date > h.deadline, false)`,
      ).as('closed_late'),
      flag(sql`h.deadline IS NOT NULL`).as('with_deadline'),
      flag(sql`h.level = '重大' AND h.status <> 'accepted'`).as('open_major'),
      flag(sql`h.source = '企业自查'`).as('self_found'),
    ]);
  // The edges of a period go live with the same scope and filters, restricted to their days.
  const edges = (plan?.edges ?? []).map((e) => ({ divisionCode: q.divisionCode, sector: q.sector, ...e }));
  const cellWhere = { division: 'c.county', sector: 'c.sector' };
  const prefix = q.divisionCode ? `${subtreePrefix(q.divisionCode)}%` : null;
  // A department's sectors or a sector filter need the per-sector rows; otherwise the sector '*' sums do.
  const sectorBound = scopeKindOf(actor) === 'department' || !!q.sector;
  const unbounded = !q.from && !q.to;
  const thisMonth = monthOf(today);
  /** Rollup rows per sector or summed over sectors ('*'), per month of the plan or of all time ('*'). */
  const cells = (p: RollupPlan, sectors: 'each' | '*', months: 'each' | '*') =>
    db
      .selectFrom('hazard_rollup as c')
      .where(inScope(actor, cellWhere))
      .$if(!!prefix, (qb) => qb.where('c.county', 'like', prefix ?? ''))
      .$if(!!q.sector, (qb) => qb.where('c.sector', '=', q.sector ?? ''))
      .where('c.sector', sectors === '*' ? '=' : '<>', '*')
      .where('c.month', months === '*' ? '=' : '<>', '*')
      .$if(!!p.from, (qb) => qb.where('c.month', '>=', p.from ?? ''))
      .$if(!!p.to, (qb) => qb.where('c.month', '<=', p.to ?? ''))
      .select([
        'c.county',
        'c.sector',
        'c.month',
        'c.n',
        'c.major',
        ...STATUSES.map((s) => `c.${s}` as const),
        'c.closed_late',
        'c.with_deadline',
        'c.open_major',
        'c.self_found',
      ]);
  const withEdges = (base: ReturnType<typeof cells>) => edges.reduce((acc, f) => acc.unionAll(live(f)), base);
  // Totals and the level, status, sector and county breakdowns; then the months.
  const rows = plan ? withEdges(cells(plan, 'each', unbounded ? '*' : 'each')).as('s') : live(q).as('s');
  const monthRows = plan
    ? withEdges(cells(plan, sectorBound ? 'each' : '*', 'each')).as('s')
    : live(q).as('s');
  const reporters = db
    .selectFrom('hazard_reporter as c')
    .select('c.enterprise_id')
    .where(inScope(actor, cellWhere))
    .where('c.n', '>', 0)
    .$if(!!prefix, (qb) => qb.where('c.county', 'like', prefix ?? ''))
    .$if(!!q.sector, (qb) => qb.where('c.sector', '=', q.sector ?? ''));
  // Open past the deadline depends on today, and distinct enterprises do not add up over months: all
  // time takes deadlines before this month and the reporters from the rollup, the rest is read live —
  // for a bounded period both in one pass over its hazards.
  const reportingAndOverdue =
    plan && unbounded
      ? Promise.all([
          db
            .selectFrom(reporters.as('x'))
            .select(sql<number>`count(DISTINCT x.enterprise_id)::int`.as('n'))
            .executeTakeFirstOrThrow(),
          db
            .selectFrom('hazard_open_due as c')
            .where(inScope(actor, cellWhere))
            .$if(!!prefix, (qb) => qb.where('c.county', 'like', prefix ?? ''))
            .$if(!!q.sector, (qb) => qb.where('c.sector', '=', q.sector ?? ''))
            .where('c.sector', sectorBound ? '<>' : '=', '*')
            .where('c.due_month', '<', thisMonth)
            .select(sql<number>`coalesce(sum(c.n), 0)::int`.as('n'))
            .executeTakeFirstOrThrow(),
          hazards({ ...q, overdue: 'true' })
            .where('h.deadline', '>=', `${thisMonth}-01`)
            .select(count.as('n'))
            .executeTakeFirstOrThrow(),
        ]).then(([r, rolled, recent]) => ({ reporting: r.n, overdue: rolled.n + recent.n }))
      : hazards(q)
          .select([
            sql<number>`count(DISTINCT h.enterprise_id)::int`.as('reporting'),
            sql<number>`(count(*) FILTER (WHERE h.status <> 'accepted' AND h.deadline < ${today}::date))::int`.as(
              'overdue',
            ),
          ])
          .executeTakeFirstOrThrow();
  const sum = <C extends string>(c: C) => sql<number>`coalesce(sum(${sql.ref(`s.${c}`)}), 0)::int`.as(c);
  const [groups, months, { reporting, overdue }, enterprises] = await Promise.all([
    // Every breakdown in one pass: the totals are the () grouping set.
    db
      .selectFrom(rows)
      .select([
        sql<number>`grouping(s.sector, s.county)`.as('g'),
        sql<string>`coalesce(s.sector, s.county)`.as('key'),
        sum('n'),
        sum('major'),
        ...STATUSES.map(sum),
        sum('closed_late'),
        sum('with_deadline'),
        sum('open_major'),
        sum('self_found'),
      ])
      .groupBy(sql`GROUPING SETS ((), (s.sector), (s.county))`)
      .execute(),
    db
      .selectFrom(monthRows)
      .select(['s.month as key', sum('n')])
      .groupBy('s.month')
      .execute(),
    reportingAndOverdue,
    db
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
      .$if(!!prefix, (qb) => qb.where('e.division_code', 'like', prefix ?? ''))
      .$if(!!q.sector, (qb) => qb.where('e.sector', '=', q.sector ?? ''))
      .executeTakeFirstOrThrow(),
  ]);
  // grouping() sets a bit for every column NOT in the row's set: () 0b11, sector 0b01, county 0b10.
  const t = groups.find((r) => Number(r.g) === 0b11) ?? {
    n: 0,
    major: 0,
    acceptance_requested: 0,
    accepted: 0,
    assessed: 0,
    rectifying: 0,
    reported: 0,
    closed_late: 0,
    with_deadline: 0,
    open_major: 0,
    self_found: 0,
  };
  const bySet = (mask: number) =>
    groups
      .filter((r) => Number(r.g) === mask && r.n > 0)
      .map((r) => ({ key: r.key, n: r.n }))
      .sort(byKey);
  const counties = bySet(0b10);
  const names = counties.length
    ? await db
        .selectFrom('division')
        .select(['code', 'name'])
        .where(
          'code',
          'in',
          counties.map((c) => c.key),
        )
        .execute()
    : [];
  const nonEmpty = (xs: { key: string; n: number }[]) => xs.filter((x) => x.n > 0).sort(byKey);
  return {
    period: { from: q.from ?? null, to: q.to ?? null },
    asOf: today,
    total: t.n,
    accepted: t.accepted,
    open: t.n - t.accepted,
    overdue,
    closedLate: t.closed_late,
    openMajor: t.open_major,
    rectificationRate: rate(t.accepted, t.n),
    overdueRate: rate(overdue + t.closed_late, t.with_deadline),
    selfFoundShare: rate(t.self_found, t.n),
    reportingEnterprises: reporting,
    enterprisesInScope: enterprises.n,
    reportingShare: rate(reporting, enterprises.n),
    byLevel: nonEmpty([
      { key: '一般', n: t.n - t.major },
      { key: '重大', n: t.major },
    ]),
    byStatus: nonEmpty(STATUSES.map((s) => ({ key: s as string, n: t[s] }))),
    bySector: bySet(0b01).map((r) => ({ key: r.key, name: sectorName(r.key), n: r.n })),
    byDivision: counties.map((c) => ({
      key: c.key,
      name: names.find((d) => d.code === c.key)?.name ?? c.key,
      n: c.n,
    })),
    byMonth: months.filter((m) => m.n > 0).sort(byKey),
  };
}
export type HazardStats = Awaited<ReturnType<typeof hazardStats>>;
