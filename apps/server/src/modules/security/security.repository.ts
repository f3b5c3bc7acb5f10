import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

const EPOCH = '2000-01-01T00:00:00Z';

export type RaisedAlert = { id: string; subject: string; count: number };

/**
 * Failed sign-ins per IP over the window ending at `now` (brute force). An alert is keyed by (kind,
 * subject, the window's bucket), so a run every minute raises one alert per ongoing burst, never a flood.
 */
export async function insertBruteForceAlerts(db: Db, now: Date, windowMinutes: number, atLeast: number) {
  const w = windowMinutes;
  const r = await sql<RaisedAlert>`
    INSERT INTO security_alert (id, kind, subject, window_start, count, detail)
    SELECT gen_random_uuid(), 'brute_force', a.ip,
           date_bin(${`${w} minutes`}::interval, ${now}::timestamptz, ${EPOCH}::timestamptz), count(*),
           ${w} || ' 分钟内来自 ' || a.ip || ' 的登录失败 ' || count(*) || ' 次，涉及账号：'
             || left(string_agg(DISTINCT coalesce(a.username, a.object_id, '—'), '、'), 200)
    FROM audit_log a
    WHERE a.at > ${now}::timestamptz - ${`${w} minutes`}::interval AND a.at <= ${now}::timestamptz
      AND a.outcome = 'failure' AND a.event_type = 'auth' AND a.ip IS NOT NULL
    GROUP BY a.ip HAVING count(*) >= ${atLeast}
    ON CONFLICT (kind, subject, window_start) DO NOTHING
    RETURNING id, subject, count`.execute(db);
  return r.rows;
}

/** Refused accesses per account (or IP when anonymous), counted per source and minute in refusal_tally. */
export async function insertDeniedAccessAlerts(db: Db, now: Date, windowMinutes: number, atLeast: number) {
  const w = windowMinutes;
  const r = await sql<RaisedAlert>`
    INSERT INTO security_alert (id, kind, subject, window_start, count, detail)
    SELECT gen_random_uuid(), 'authorization_failures', t.source,
           date_bin(${`${w} minutes`}::interval, ${now}::timestamptz, ${EPOCH}::timestamptz), sum(t.count)::int,
           ${w} || ' 分钟内 ' || t.source || ' 越权或无权访问被拒 ' || sum(t.count) || ' 次'
    FROM refusal_tally t
    WHERE t.last_at > ${now}::timestamptz - ${`${w} minutes`}::interval AND t.first_at <= ${now}::timestamptz
      AND t.kind IN ('FORBIDDEN', 'out_of_scope')
    GROUP BY t.source HAVING sum(t.count) >= ${atLeast}
    ON CONFLICT (kind, subject, window_start) DO NOTHING
    RETURNING id, subject, count`.execute(db);
  return r.rows;
}

/** One alert per day and broken row of the audit chain. */
export async function insertChainBreakAlert(db: Db, now: Date, rowId: string, detail: string) {
  const r = await sql<RaisedAlert>`
    INSERT INTO security_alert (id, kind, subject, window_start, count, detail)
    VALUES (gen_random_uuid(), 'audit_chain_broken', ${rowId},
            date_bin('1 day'::interval, ${now}::timestamptz, ${EPOCH}::timestamptz), 1, ${detail})
    ON CONFLICT (kind, subject, window_start) DO NOTHING
    RETURNING id, subject, count`.execute(db);
  return r.rows;
}

export function listAlerts(db: Db, openOnly: boolean) {
  return db
    .selectFrom('security_alert as s')
    .leftJoin('app_user as u', 'u.id', 's.acknowledged_by')
    .select([
      's.id',
      's.kind',
      's.subject',
      's.window_start',
      's.count',
      's.detail',
      's.created_at',
      's.acknowledged_at',
      'u.display_name as acknowledged_by_name',
    ])
    .$if(openOnly, (qb) => qb.where('s.acknowledged_at', 'is', null))
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();
}

export async function countOpenAlerts(db: Db) {
  const r = await db
    .selectFrom('security_alert')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('acknowledged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks an open alert handled: 'done', or why not ('handled' already, or 'missing'). */
export async function acknowledge(db: Db, id: string, userId: string | null) {
  const r = await db
    .updateTable('security_alert')
    .set({ acknowledged_by: userId, acknowledged_at: new Date() })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (r) return 'done' as const;
  const exists = await db.selectFrom('security_alert').select('id').where('id', '=', id).executeTakeFirst();
  return exists ? ('handled' as const) : ('missing' as const);
}
