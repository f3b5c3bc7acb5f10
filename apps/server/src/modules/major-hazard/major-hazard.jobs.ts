import crypto from 'node:crypto';
import { type DutyCycle, chinaDate, dutyPeriodOf, dutyPeriods } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';
import * as tasks from './major-hazard-duty-task.repository.ts';
import { dutyCycles } from './major-hazard-registration.repository.ts';

/**
 * Creates the 包保 duty tasks of every major source's persons (or one unit's): the current and the next
 * period of the role's cycle, from `from` (today; the demo backfills the year) — continuing after the role's
 * newest task, so a period is never counted twice after a cycle edit. Idempotent by (unit, role, period):
 * a rerun, a restart or two instances add nothing. Then checks already recorded in a period complete it.
 */
export async function generateDutyTasks(
  db: Db,
  today: string,
  opts: { unitId?: string; from?: string; cycles?: DutyCycle[] } = {},
): Promise<number> {
  const cycles = opts.cycles ?? (await dutyCycles(db));
  const rows = (await tasks.dutyHolders(db, opts.unitId)).flatMap((h) => {
    const cycle = cycles.find((c) => c.role === h.role);
    if (!cycle) return [];
    const next = dutyPeriodOf(cycle, today).end;
    return dutyPeriods(cycle, opts.from ?? today, next)
      .filter((p) => !h.last_end || p.start >= h.last_end)
      .map((p) => ({
        id: crypto.randomUUID(),
        unit_id: h.unit_id,
        enterprise_id: h.enterprise_id,
        division_code: h.division_code,
        sector: h.sector,
        role: h.role,
        period_start: p.start,
        period_end: p.end,
      }));
  });
  const created = await tasks.insertDutyTasks(db, rows);
  await tasks.completeFromChecks(db, opts.unitId);
  return created;
}

export const majorHazardJobs: Job[] = [
  {
    name: 'major-hazard.duty-tasks',
    schedule: '20 * * * *',
    runAtStart: true,
    run: async (ctx: AppContext, now: Date) => ({ created: await generateDutyTasks(ctx.db, chinaDate(now)) }),
  },
];
