import { sql } from 'kysely';
import type { AppContext } from '../../platform/app-context.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';
import { pruneLoginThrottle } from '../../platform/auth/login-attempts.ts';
import { systemContext } from '../../platform/access/actor.ts';

/**
 * Disables accounts not used for the policy's `dormantDays` (SECURITY.md AC-03), counting from the last
 * login or, for an account never used, its creation. The 三员 accounts are exempt so that an installation
 * can never lock out its own administrators. Idempotent: a disabled account is not touched again.
 */
export async function disableDormantAccounts(ctx: AppContext, now: Date): Promise<string[]> {
  const policy = await loadSecurityPolicy(ctx.db);
  if (policy.dormantDays <= 0) return [];
  const cutoff = new Date(now.getTime() - policy.dormantDays * 86_400_000);
  const rows = await ctx.db
    .updateTable('app_user')
    .set({ status: 'disabled', updated_at: now })
    .where('status', '=', 'active')
    .where((eb) => eb(sql`coalesce(last_login_at, created_at)`, '<', cutoff))
    .where((eb) =>
      eb.or([
        eb('role_code', 'is', null),
        eb('role_code', 'not in', ['system_admin', 'security_admin', 'audit_admin']),
      ]),
    )
    .returning(['id', 'username'])
    .execute();
  for (const r of rows) {
    await ctx.db.deleteFrom('user_session').where('user_id', '=', r.id).execute();
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
