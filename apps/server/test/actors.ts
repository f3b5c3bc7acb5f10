import type { Db } from '../src/db/database.ts';
import type { Actor } from '../src/platform/access/actor.ts';
import { loadSecurityPolicy } from '../src/platform/auth/policy.ts';
import { actorFromSession, createSession, lookupSession } from '../src/platform/auth/session.ts';
import { sha256 } from '../src/platform/auth/tokens.ts';

/**
 * The Actor of a seeded (or test-inserted) user, exactly as a request of theirs would see it: a
 * session is opened and looked up the way the guard does, then closed again in the same transaction,
 * so nothing of it is left behind.
 */
export async function actorFor(db: Db, username: string): Promise<Actor> {
  const policy = await loadSecurityPolicy(db);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow(() => new Error(`no user ${username}`));
    const token = await createSession(trx, user.id, 'full', policy, { ip: null, userAgent: null });
    const found = await lookupSession(trx, token, policy);
    await trx.deleteFrom('user_session').where('token_hash', '=', sha256(token)).execute();
    if (!found || !('state' in found)) throw new Error(`no session for ${username}`);
    return actorFromSession(found.state.user);
  });
}
