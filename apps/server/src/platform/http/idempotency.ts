import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@anjian/domain';
import type { IdempotencyClaim } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { canonicalJson } from '../audit/audit.ts';
import { replayFirstAnswer } from './idempotency-claim.ts';

/**
 * One tap, one record (issue 11). A POST sent by a signed-in user with an `Idempotency-Key` header is
 * answered once: a repeat with the same key gets the first answer (status and body) and changes nothing;
 * the same key with a different request is a 409.
 *
 * The key is claimed inside the transaction that makes the change — every change writes its audit row
 * through `ctx.audit(trx, rc, …)`, which calls `claimIdempotencyKey` first — so the claim commits or rolls
 * back with the change. A concurrent duplicate blocks on the claimed primary key until the first commits,
 * then finds it taken: its own transaction is rolled back (nothing created) and it answers with the first
 * answer, stored when that answer is sent. Keys expire after `IDEMPOTENCY_TTL_MS` (idempotency-claim.ts).
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

function requestHash(req: FastifyRequest): string {
  const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
  return crypto
    .createHash('sha256')
    .update(`${route}\n${canonicalJson(req.params ?? null)}\n${canonicalJson(req.body ?? null)}`)
    .digest('hex');
}

const isMultipart = (req: FastifyRequest) =>
  String(req.headers['content-type'] ?? '').startsWith('multipart/');

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyReplay?: boolean;
  }
}

/** The hooks: look the key up before the handler, store the answer when it is sent. */
export function installIdempotency(app: FastifyInstance, ctx: AppContext) {
  app.addHook('preHandler', async (req, reply) => {
    const header = req.headers[IDEMPOTENCY_HEADER];
    // Multipart uploads are not hashed by content here; they are not idempotent by key.
    if (req.method !== 'POST' || header === undefined || !req.actor || isMultipart(req)) return;
    const key = [header].flat()[0] ?? '';
    if (!KEY_PATTERN.test(key))
      throw new AppError('VALIDATION_FAILED', '幂等键（Idempotency-Key）须为 8–200 个可见 ASCII 字符', [
        { field: 'header.idempotency-key', message: '须为 8–200 个可见 ASCII 字符' },
      ]);
    const claim: IdempotencyClaim = {
      userId: req.actor.userId,
      key,
      requestHash: requestHash(req),
      claimed: false,
    };
    const existing = await ctx.db
      .selectFrom('idempotency_key')
      .select(['request_hash'])
      .where('user_id', '=', claim.userId)
      .where('key', '=', key)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
    if (existing) {
      req.idempotencyReplay = true;
      return replayFirstAnswer(ctx.db, claim, reply);
    }
    req.rc.idempotency = claim;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.rc?.idempotency;
    if (!claim?.claimed) return payload;
    const contentType = reply.getHeader('content-type');
    await ctx.db
      .updateTable('idempotency_key')
      .set({
        status_code: reply.statusCode,
        content_type: typeof contentType === 'string' ? contentType : null,
        body:
          typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '',
      })
      .where('user_id', '=', claim.userId)
      .where('key', '=', claim.key)
      .where('status_code', 'is', null)
      .execute();
    return payload;
  });
}
