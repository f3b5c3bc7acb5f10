import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RequestContext } from '../access/actor.ts';
import { type AuditEntry, writeAudit } from './audit.ts';

/**
 * How many refusals of one source and kind in one minute get their own audit row; the rest of the minute
 * only counts, and one `access.denied.burst` row carries the total once the minute is over.
 */
export const REFUSALS_LOGGED_PER_MINUTE = 3;

/** A refused request: what was refused (object or route) and why (the error code, or `out_of_scope`). */
export interface Refusal {
  kind: string;
  objectType: string;
  objectId: string;
}

/**
 * Records a refused request (等保 8.1.4.3 / 8.1.5.2, SECURITY.md AU-01): counted per source (the account,
 * else the IP), kind and minute, in its own transaction; the first few of a minute also get a full
 * `access.denied` row, so a single refusal reads as before while a flood of thousands stays a handful of
 * rows plus one burst row with the count (`summariseRefusals`).
 */
export async function recordRefusal(db: Db, key: Buffer, rc: RequestContext, r: Refusal): Promise<void> {
  const username = rc.actor?.username ?? null;
  const source = username ?? rc.ip ?? '—';
  await db.transaction().execute(async (trx) => {
    const tally = await sql<{ count: number }>`
      INSERT INTO refusal_tally AS t (source, kind, minute, ip, username, count, first_at, last_at)
      VALUES (${source}, ${r.kind}, date_trunc('minute', clock_timestamp()), ${rc.ip}, ${username}, 1,
              clock_timestamp(), clock_timestamp())
      ON CONFLICT (source, kind, minute) DO UPDATE SET count = t.count + 1, last_at = excluded.last_at
      RETURNING count`.execute(trx);
    if (Number(tally.rows[0]?.count ?? 1) > REFUSALS_LOGGED_PER_MINUTE) return;
    const entry: AuditEntry = {
      eventType: 'access',
      action: 'access.denied',
      objectType: r.objectType,
      objectId: r.objectId,
      outcome: 'denied',
      reason: r.kind,
    };
    await writeAudit(trx, key, rc, entry);
  });
}

/**
 * For every minute that is over and had more refusals than got their own row, one `access.denied.burst`
 * audit row with the total count, the source and the first and last time; run every minute (the
 * security module's job) and idempotent: a summarised minute is marked.
 */
export async function summariseRefusals(db: Db, key: Buffer, now: Date): Promise<number> {
  // A job runs inside the scheduler's transaction already; a direct call (a test, the CLI) opens one.
  const inTransaction = <T>(f: (trx: Db) => Promise<T>) =>
    db.isTransaction ? f(db) : db.transaction().execute(f);
  return inTransaction(async (trx) => {
    const due = await trx
      .selectFrom('refusal_tally')
      .selectAll()
      .where('summarised', '=', false)
      .where('minute', '<', sql<Date>`date_trunc('minute', ${now}::timestamptz)`)
      .orderBy('minute')
      .orderBy('source')
      .orderBy('kind')
      .forUpdate()
      .execute();
    for (const t of due) {
      if (t.count > REFUSALS_LOGGED_PER_MINUTE)
        await writeAudit(
          trx,
          key,
          { actor: null, ip: t.ip, userAgent: null, requestId: null },
          {
            eventType: 'access',
            action: 'access.denied.burst',
            objectType: 'refusal_burst',
            objectId: `${t.source} ${t.kind} ${t.minute.toISOString()}`,
            outcome: 'denied',
            reason: t.kind,
            diff: {
              source: t.source,
              username: t.username,
              count: t.count,
              minute: t.minute.toISOString(),
              firstAt: t.first_at.toISOString(),
              lastAt: t.last_at.toISOString(),
            },
          },
        );
    }
    if (due.length > 0)
      await trx
        .updateTable('refusal_tally')
        .set({ summarised: true })
        .where('summarised', '=', false)
        .where('minute', '<', sql<Date>`date_trunc('minute', ${now}::timestamptz)`)
        .execute();
    return due.filter((t) => t.count > REFUSALS_LOGGED_PER_MINUTE).length;
  });
}
