import type { FastifyReply } from 'fastify';
import { AppError } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { IdempotencyClaim, RequestContext } from '../access/actor.ts';

/** How long a key answers with its first answer (issue 11: "keys expire after 24 h"). */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const WAIT_MS = 10_000;

/** Thrown inside a duplicate's transaction (rolling it back); the error handler then replays the first answer. */
export class IdempotentReplay extends Error {
  constructor(readonly claim: IdempotencyClaim) {
    super('idempotent replay');
  }
}

/** Called by `ctx.audit` in the change's transaction; a no-op for requests without a key, and for denials. */
export async function claimIdempotencyKey(trx: Db, rc: RequestContext): Promise<void> {
  const claim = rc.idempotency;
  if (!claim || claim.claimed) return;
  await trx
    .deleteFrom('idempotency_key')
    .where('user_id', '=', claim.userId)
    .where('key', '=', claim.key)
    .where('expires_at', '<', new Date())
    .execute();
  const inserted = await trx
    .insertInto('idempotency_key')
    .values({
      user_id: claim.userId,
      key: claim.key,
      request_hash: claim.requestHash,
      expires_at: new Date(Date.now() + IDEMPOTENCY_TTL_MS),
    })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!inserted) throw new IdempotentReplay(claim);
  claim.claimed = true;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends the stored first answer, waiting (bounded) while the first request has committed but not answered. */
export async function replayFirstAnswer(
  db: Db,
  claim: IdempotencyClaim,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const row = await db
      .selectFrom('idempotency_key')
      .selectAll()
      .where('user_id', '=', claim.userId)
      .where('key', '=', claim.key)
      .executeTakeFirst();
    if (row && row.request_hash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (row?.status_code != null)
      return reply
        .code(row.status_code)
        .header('idempotent-replayed', 'true')
        .type(row.content_type ?? 'application/json; charset=utf-8')
        .send(row.body ?? '');
    if (!row || Date.now() > deadline) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    await sleep(50);
  }
}
