import { type SecurityPolicy, defaultSecurityPolicy, securityPolicySchema } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

const KEY = 'security.policy';
let cache: { at: number; value: SecurityPolicy } | undefined;
const TTL_MS = 5_000;

/** The security policy in force: defaults overlaid with what the security admin saved. Cached briefly. */
export async function loadSecurityPolicy(db: Db): Promise<SecurityPolicy> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
  const row = await db.selectFrom('setting').select('value').where('key', '=', KEY).executeTakeFirst();
  const parsed = row ? securityPolicySchema.safeParse(row.value) : undefined;
  const value = parsed?.success ? parsed.data : defaultSecurityPolicy;
  cache = { at: Date.now(), value };
  return value;
}

export async function saveSecurityPolicy(trx: Db, policy: SecurityPolicy): Promise<void> {
  await trx
    .insertInto('setting')
    .values({ key: KEY, value: JSON.stringify(policy) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(policy), updated_at: new Date() }),
    )
    .execute();
  cache = undefined;
}

export function forgetPolicyCache(): void {
  cache = undefined;
}
