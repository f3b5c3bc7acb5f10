import { sql } from 'kysely';
import {
  type CycleUnit,
  type HazardFlagsQuery,
  addDays,
  batchClosures,
  checksOutsideCycle,
  chinaDate,
  duplicatePhotos,
  sameRectifierAcceptor,
  sortFlags,
  subtreePrefix,
  tooFewHazards,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { inScope } from '../../platform/access/scope.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { hazardScope } from './hazard.repository.ts';

/** Beijing midnight of a date, and of the day after. */
const cstStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

/**
 * Trustworthy self-reporting flags (issue 4 item 9) over the actor's scope, the optional division subtree
 * and the period [from, to] (China dates; default: the 365 days up to today). The rules live in the
 * domain (`flags.ts`); this only reads the rows they judge. Nothing is stored.
 */
export async function hazardFlags(
  ctx: AppContext,
  rc: RequestContext,
  q: HazardFlagsQuery,
  now = new Date(),
) {
  const actor = requireActor(rc);
  const to = q.to ?? chinaDate(now);
  const from = q.from ?? addDays(to, -364);
  const start = cstStart(from);
  const end = cstStart(addDays(to, 1));
  const periodDays = Math.max(0, Math.round((end.getTime() - start.getTime()) / 86_400_000));
  const prefix = q.divisionCode ? `${subtreePrefix(q.divisionCode)}%` : null;

  const [enterprises, accepted, photos, checks] = await Promise.all([
    ctx.db
      .selectFrom('enterprise as e')
      .where(
        inScope(actor, {
          division: 'e.division_code',
          sector: 'e.sector',
          secondarySectors: 'e.secondary_sectors',
          enterprise: 'e.id',
        }),
      )
      .$if(!!prefix, (qb) => qb.where('e.division_code', 'like', prefix!))
      .where('e.status', '=', 'normal')
      .select([
        'e.id',
        'e.name',
        'e.employees',
        'e.sector',
        'e.status',
        'e.high_risk_processes',
        (eb) =>
          eb
            .selectFrom('hazard as s')
            .whereRef('s.enterprise_id', '=', 'e.id')
            .where('s.source', '=', '企业自查')
            .where('s.found_at', '>=', start)
            .where('s.found_at', '<', end)
            .select(sql<number>`count(*)::int`.as('n'))
            .as('self_found'),
      ])
      .execute(),
    ctx.db
      .selectFrom('hazard as h')
      .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
      .where(hazardScope(actor))
      .$if(!!prefix, (qb) => qb.where('h.division_code', 'like', prefix!))
      .where('h.status', '=', 'accepted')
      .where('h.accepted_at', '>=', start)
      .where('h.accepted_at', '<', end)
      .select(['h.id', 'h.enterprise_id', 'e.name', 'h.rectified_by', 'h.accepted_by', 'h.accepted_at'])
      .execute(),
    ctx.db
      .selectFrom('hazard_event as ev')
      .innerJoin('hazard as h', 'h.id', 'ev.hazard_id')
      .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
      .where(hazardScope(actor))
      .$if(!!prefix, (qb) => qb.where('h.division_code', 'like', prefix!))
      .where('ev.at', '>=', start)
      .where('ev.at', '<', end)
      .select(['h.id', 'h.enterprise_id', 'e.name', sql<string>`unnest(ev.photos)`.as('sha256')])
      .execute(),
    ctx.db
      .selectFrom('risk_check_record as r')
      .innerJoin('risk_check_task as t', 't.id', 'r.task_id')
      .innerJoin('enterprise as e', 'e.id', 'r.enterprise_id')
      .where(
        inScope(actor, { division: 'r.division_code', sector: 'r.sector', enterprise: 'r.enterprise_id' }),
      )
      .$if(!!prefix, (qb) => qb.where('r.division_code', 'like', prefix!))
      // Only tasks with a record in the period; their earlier records set the window.
      .where('r.checked_at', '<', end)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('risk_check_record as p')
            .whereRef('p.task_id', '=', 'r.task_id')
            .where('p.checked_at', '>=', start)
            .where('p.checked_at', '<', end)
            .select(sql`1`.as('one')),
        ),
      )
      .select([
        'r.task_id',
        't.content',
        'r.enterprise_id',
        'e.name',
        't.cycle_num',
        't.cycle_unit',
        't.starts_at',
        'r.checked_at',
        'r.created_at',
      ])
      .execute(),
  ]);

  const acceptedRows = accepted.map((h) => ({
    hazardId: h.id,
    enterpriseId: h.enterprise_id,
    enterpriseName: h.name,
    rectifiedBy: h.rectified_by,
    acceptedBy: h.accepted_by,
    acceptedAt: h.accepted_at,
  }));
  const items = sortFlags([
    ...tooFewHazards(
      enterprises.map((e) => ({
        enterpriseId: e.id,
        enterpriseName: e.name,
        employees: e.employees,
        sector: e.sector,
        highRiskProcesses: e.high_risk_processes,
        status: e.status,
        selfFound: Number(e.self_found ?? 0),
      })),
      periodDays,
    ),
    ...sameRectifierAcceptor(acceptedRows),
    ...batchClosures(acceptedRows),
    ...duplicatePhotos(
      photos.map((p) => ({
        hazardId: p.id,
        enterpriseId: p.enterprise_id,
        enterpriseName: p.name,
        sha256: p.sha256,
      })),
    ),
    ...checksOutsideCycle(
      checks.map((c) => ({
        taskId: c.task_id,
        taskContent: c.content,
        enterpriseId: c.enterprise_id,
        enterpriseName: c.name,
        cycleNum: c.cycle_num,
        cycleUnit: c.cycle_unit as CycleUnit,
        startsAt: c.starts_at,
        checkedAt: c.checked_at,
        createdAt: c.created_at,
      })),
      { from: start, to: end },
    ),
  ]);
  return { period: { from, to }, total: items.length, items };
}
