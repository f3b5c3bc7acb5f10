import type { AppContext } from '../../platform/app-context.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';
import { pruneLoginThrottle } from '../../platform/auth/login-attempts.ts';
import { systemContext } from '../../platform/access/actor.ts';
import { disableDormant } from './user.repository.ts';
import { endSessionsOf } from '../../platform/auth/session.ts';

/**
 * Disables accounts not used for the policy's `dormantDays` (SECURITY.md AC-03), counting from the last
 * login or, for an account never used, its creation. The 三员 accounts are exempt so that an installation
 * can never lock out its own administrators. Idempotent: a disabled account is not touched again.
 */
export async function disableDormantAccounts(ctx: AppContext, now: Date): Promise<string[]> {
  const policy = await loadSecurityPolicy(ctx.db);
  if (policy.dormantDays <= 0) return [];
  const cutoff = new Date(now.getTime() - policy.dormantDays * 86_400_000);
  const rows = await disableDormant(ctx.db, cutoff, now);
  for (const r of rows) {
    await endSessionsOf(ctx.db, r.id);
    await ctx.audit(ctx.db, systemContext, {
      eventType: 'user',
      action: 'user.disable_dormant',
      objectType: 'user',
      objectId: r.id,
      reason: `unused for ${policy.dormantDays} days`,
    });
  }
  return rows.map((r) => r.username);
}

export const userJobs: Job[] = [
  { name: 'users.disable-dormant', schedule: '17 3 * * *', run: disableDormantAccounts },
  {
    name: 'users.prune-login-throttle',
    schedule: '23 * * * *',
    run: async (ctx, now) => pruneLoginThrottle(ctx.db, await loadSecurityPolicy(ctx.db), now),
  },
];
