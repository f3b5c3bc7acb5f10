import type { SecurityPolicy } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { forgetPolicyCache, loadSecurityPolicy, saveSecurityPolicy } from '../../platform/auth/policy.ts';

/** Replaces the security policy (AC-05: the security admin only; the change is audited). */
export async function updateSecurityPolicy(ctx: AppContext, rc: RequestContext, policy: SecurityPolicy) {
  const before = await loadSecurityPolicy(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await saveSecurityPolicy(trx, policy);
    await ctx.audit(trx, rc, {
      eventType: 'security',
      action: 'security.policy_update',
      objectType: 'setting',
      objectId: 'security.policy',
      diff: { before, after: policy },
    });
  });
  forgetPolicyCache();
  return loadSecurityPolicy(ctx.db);
}
