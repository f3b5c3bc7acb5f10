import { chinaDate, periodsDue } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';
import * as repo from './self-inspection.repository.ts';

/**
 * Creates the tasks active plans owe up to `today`: every period from the plan's start (or the period
 * after its newest task) to today or the plan's end. Idempotent by the (plan, period key) unique key, so a
 * rerun, a restart or two instances add nothing twice; a server that was down catches up on the
 * periods it missed, which then count as missed unless recorded late.
 */
export async function generatePlanTasks(db: Db, today: string, planId?: string): Promise<number> {
  const rows = (await repo.activePlans(db, today, planId)).flatMap((p) =>
    periodsDue({ frequency: p.frequency, startsOn: p.starts_on, endsOn: p.ends_on }, today, p.last_end).map(
      (period) => ({
        id: crypto.randomUUID(),
        plan_id: p.id,
        enterprise_id: p.enterprise_id,
        division_code: p.division_code,
        sector: p.sector,
        period_key: period.key,
        period_start: period.start,
        period_end: period.end,
      }),
    ),
  );
  return repo.insertTasks(db, rows);
}

export const selfInspectionJobs: Job[] = [
  {
    name: 'self-inspection.generate-tasks',
    schedule: '15 * * * *',
    runAtStart: true,
    run: async (ctx: AppContext, now: Date) => ({ created: await generatePlanTasks(ctx.db, chinaDate(now)) }),
  },
];
