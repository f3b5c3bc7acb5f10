import { Cron } from 'croner';
import { sql } from 'kysely';
import type { AppContext } from '../app-context.ts';

export interface Job {
  name: string;
  /** Cron pattern (croner syntax), in the server's time zone. */
  schedule: string;
  run(ctx: AppContext, now: Date): Promise<unknown>;
  /** Also run once at start, so that a server that was down catches up at once. */
  runAtStart?: boolean;
}

/**
 * Runs jobs on their schedules. Each run takes a transaction-level advisory lock named after the job,
 * so with several instances only one runs it; jobs are written to be idempotent.
 */
export function startJobs(ctx: AppContext, jobs: readonly Job[]): () => void {
  const crons = jobs.map(
    (job) =>
      new Cron(
        job.schedule,
        { protect: true, catch: (e) => ctx.log.error({ err: e, job: job.name }, 'job failed') },
        async () => {
          const ran = await ctx.db.transaction().execute(async (trx) => {
            const { rows } = await sql<{
              ok: boolean;
            }>`SELECT pg_try_advisory_xact_lock(hashtext(${job.name})) AS ok`.execute(trx);
            if (!rows[0]?.ok) return false;
            await job.run({ ...ctx, db: trx }, new Date());
            return true;
          });
          if (ran) ctx.log.info({ job: job.name }, 'job ran');
        },
      ),
  );
  crons.forEach((c, i) => {
    if (jobs[i]?.runAtStart) void c.trigger();
  });
  return () => crons.forEach((c) => c.stop());
}
