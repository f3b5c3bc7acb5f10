import { sql } from 'kysely';
import { chinaDate, periodsDue } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';

/**
 * Creates the tasks active plans owe up to `today`: every period from the plan's start (or the period
 * after its newest task) to today or the plan's end. Idempotent by the (plan, period key) unique key, so a
 * rerun, a restart or two instances add nothing twice; a server that was down catches up on the
 * periods it missed, which then count as missed unless recorded late.
 */
export async function generatePlanTasks(db: Db, today: string, planId?: string): Promise<number> {
  let plans = db
    .selectFrom('self_inspection_plan as p')
    .select([
      'p.id',
      'p.enterprise_id',
      'p.division_code',
      'p.sector',
      'p.frequency',
      sql<string>`p.starts_on::text`.as('starts_on'),
      sql<string | null>`p.ends_on::text`.as('ends_on'),
      (eb) =>
        eb
          .selectFrom('self_inspection_task as t')
          .whereRef('t.plan_id', '=', 'p.id')
          .select(sql<string | null>`max(t.period_end)::text`.as('m'))
          .as('last_end'),
    ])
    .where('p.active', '=', true)
    .where('p.starts_on', '<=', today);
  if (planId) plans = plans.where('p.id', '=', planId);
  const rows = (await plans.execute()).flatMap((p) =>
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
  let created = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const r = await db
      .insertInto('self_inspection_task')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['plan_id', 'period_key']).doNothing())
      .executeTakeFirst();
    created += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return created;
}

export const selfInspectionJobs: Job[] = [
  {
    name: 'self-inspection.generate-tasks',
    schedule: '15 * * * *',
    runAtStart: true,
    run: async (ctx: AppContext, now: Date) => ({ created: await generatePlanTasks(ctx.db, chinaDate(now)) }),
  },
];
