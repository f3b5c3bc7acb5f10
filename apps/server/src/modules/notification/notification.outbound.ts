import crypto from 'node:crypto';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './notification.repository.ts';

/** Attempts per delivery before it is marked failed; the wait after the n-th failed attempt. */
export const MAX_ATTEMPTS = 5;
const RETRY_AFTER_MS = [1_000, 5_000, 30_000, 120_000];
/** A claimed attempt holds the row this long (the POST's timeout is well inside it). */
const LEASE_MS = 30_000;
const TIMEOUT_MS = 5_000;

/**
 * One attempt at one delivery: claim it (nobody else sends it meanwhile), POST the JSON to the configured
 * webhook, record the outcome — sent, pending with the next attempt's time, or failed after the last one.
 * Returns the time of the next attempt when one is due, else null.
 */
export async function attemptDelivery(ctx: AppContext, id: string): Promise<Date | null> {
  const claimed = await repo.claimDelivery(ctx.db, id, LEASE_MS);
  if (!claimed) return null;
  const channel = await repo.loadChannel(ctx.db);
  const { n, attempts } = claimed;
  const fail = async (error: string) => {
    const retryAt =
      attempts < MAX_ATTEMPTS ? new Date(Date.now() + RETRY_AFTER_MS[Math.min(attempts - 1, 3)]!) : null;
    await repo.recordAttempt(ctx.db, id, { ok: false, error: error.slice(0, 500), retryAt });
    ctx.log.warn({ delivery: id, attempts, error }, 'notification delivery failed');
    return retryAt;
  };
  if (!channel.enabled || !channel.url) return fail('外发通道已关闭');
  const body = JSON.stringify({
    deliveryId: id,
    attempt: attempts,
    notification: {
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      hazardId: n.hazard_id,
      createdAt: n.created_at.toISOString(),
    },
    recipient: { userId: n.user_id, username: n.username, displayName: n.display_name, role: n.role_code },
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'x-anjian-delivery': id,
  };
  if (channel.secret) {
    const key = ctx.secrets.open(channel.secret);
    headers['x-anjian-signature'] = `sha256=${crypto.createHmac('sha256', key).update(body).digest('hex')}`;
  }
  try {
    const res = await fetch(channel.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    await res.body?.cancel();
    if (!res.ok) return fail(`HTTP ${res.status}`);
    await repo.recordAttempt(ctx.db, id, { ok: true });
    return null;
  } catch (e) {
    return fail(e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e));
  }
}

/** Short waits are kept in this process; long ones are the retry job's (it survives a restart). */
const KEEP_IN_PROCESS_MS = 10_000;

/** Retries a delivery in this process while its next attempt is near; returns when it is sent or handed on. */
async function followUp(ctx: AppContext, id: string, next: Date | null): Promise<void> {
  while (next) {
    const wait = next.getTime() - Date.now();
    if (wait > KEEP_IN_PROCESS_MS) return;
    await new Promise((r) => setTimeout(r, Math.max(wait, 0)).unref());
    next = await attemptDelivery(ctx, id);
  }
}

const followUpInBackground = (ctx: AppContext, id: string, next: Date | null) => {
  if (!next) return;
  followUp(ctx, id, next).catch((e: unknown) =>
    ctx.log.error({ err: e, delivery: id }, 'notification dispatch crashed'),
  );
};

/**
 * After commit: sends the step's deliveries in the background. Never awaited by the request, never
 * throws into it; what is still pending when the process stops is sent by the retry job.
 */
export function dispatchAfterCommit(ctx: AppContext, ids: readonly string[]): void {
  for (const id of ids) {
    attemptDelivery(ctx, id).then(
      (next) => followUpInBackground(ctx, id, next),
      (e: unknown) => ctx.log.error({ err: e, delivery: id }, 'notification dispatch crashed'),
    );
  }
}

/**
 * The retry job: every pending delivery whose time has come gets one more attempt. A short retry after
 * it is kept in process as after commit, so a row the job claimed first is not left for the next run.
 */
export async function retryPendingDeliveries(ctx: AppContext, now: Date): Promise<{ attempted: number }> {
  const ids = await repo.duePending(ctx.db, now, 200);
  for (const id of ids) followUpInBackground(ctx, id, await attemptDelivery(ctx, id));
  return { attempted: ids.length };
}
