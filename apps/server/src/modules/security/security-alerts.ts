import { sql } from 'kysely';
import { AppError } from '@anjian/domain';
import { type RequestContext, systemContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { summariseRefusals } from '../../platform/audit/refusals.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';

/** SECURITY.md IP-03: how many failures in how long make an alert. */
export const AlertThresholds = { windowMinutes: 10, failedLogins: 20, deniedAccesses: 20 } as const;

const EPOCH = '2000-01-01T00:00:00Z';

/**
 * The burst detectors: failed sign-ins per IP (brute force) and refused accesses per account (or IP when
 * anonymous) over the last `windowMinutes`. An alert is keyed by (kind, subject, the window's bucket), so
 * a detector run every minute (authorization = refused for want of permission or scope, not a bad password) raises one alert per ongoing burst and window, never a flood.
 */
export async function detectBursts(ctx: AppContext, now: Date) {
  const { windowMinutes: w } = AlertThresholds;
  const bucket = sql`date_bin(${`${w} minutes`}::interval, ${now}::timestamptz, ${EPOCH}::timestamptz)`;
  const recent = sql`a.at > ${now}::timestamptz - ${`${w} minutes`}::interval AND a.at <= ${now}::timestamptz`;
  const bruteForce = await sql<{ id: string; subject: string; count: number }>`
    INSERT INTO security_alert (id, kind, subject, window_start, count, detail)
    SELECT gen_random_uuid(), 'brute_force', a.ip, ${bucket}, count(*),
           ${w} || ' 分钟内来自 ' || a.ip || ' 的登录失败 ' || count(*) || ' 次，涉及账号：'
             || left(string_agg(DISTINCT coalesce(a.username, a.object_id, '—'), '、'), 200)
    FROM audit_log a
    WHERE ${recent} AND a.outcome = 'failure' AND a.event_type = 'auth' AND a.ip IS NOT NULL
    GROUP BY a.ip HAVING count(*) >= ${AlertThresholds.failedLogins}
    ON CONFLICT (kind, subject, window_start) DO NOTHING
    RETURNING id, subject, count`.execute(ctx.db);
  // Refusals are counted per source and minute in refusal_tally (a flood writes only a few audit rows).
  const denied = await sql<{ id: string; subject: string; count: number }>`
    INSERT INTO security_alert (id, kind, subject, window_start, count, detail)
    SELECT gen_random_uuid(), 'authorization_failures', t.source, ${bucket}, sum(t.count)::int,
           ${w} || ' 分钟内 ' || t.source || ' 越权或无权访问被拒 ' || sum(t.count) || ' 次'
    FROM refusal_tally t
    WHERE t.last_at > ${now}::timestamptz - ${`${w} minutes`}::interval AND t.first_at <= ${now}::timestamptz
      AND t.kind IN ('FORBIDDEN', 'out_of_scope')
    GROUP BY t.source HAVING sum(t.count) >= ${AlertThresholds.deniedAccesses}
    ON CONFLICT (kind, subject, window_start) DO NOTHING
    RETURNING id, subject, count`.execute(ctx.db);
  const raised = [
    ...bruteForce.rows.map((r) => ({ ...r, kind: 'brute_force' as const })),
    ...denied.rows.map((r) => ({ ...r, kind: 'authorization_failures' as const })),
  ];
  for (const a of raised) await auditAlert(ctx, a);
  return raised;
}

/**
 * The whole chain, verified (AU-03): a broken link raises an alert naming the first broken row, once
 * per day and row. Daily, not at start: it reads every audit row.
 */
export async function detectChainBreak(ctx: AppContext, now: Date) {
  const report = await verifyAuditChain(ctx.db, ctx.auditKey);
  if (report.ok || !report.firstBroken) return [];
  const { id, problem } = report.firstBroken;
  const r = await sql<{ id: string; subject: string; count: number }>`
    INSERT INTO security_alert (id, kind, subject, window_start, count, detail)
    VALUES (gen_random_uuid(), 'audit_chain_broken', ${String(id)},
            date_bin('1 day'::interval, ${now}::timestamptz, ${EPOCH}::timestamptz), 1,
            ${`审计日志哈希链在第 ${id} 行断开（${problem === 'hash' ? '该行内容被修改' : '其前一行被删除或插入'}），请立即核查`})
    ON CONFLICT (kind, subject, window_start) DO NOTHING
    RETURNING id, subject, count`.execute(ctx.db);
  const raised = r.rows.map((a) => ({ ...a, kind: 'audit_chain_broken' as const }));
  for (const a of raised) await auditAlert(ctx, a);
  return raised;
}

async function auditAlert(ctx: AppContext, a: { id: string; kind: string; subject: string; count: number }) {
  // Jobs run inside the scheduler's transaction: the alert and its audit row commit together.
  await ctx.audit(ctx.db, systemContext, {
    eventType: 'security',
    action: 'security.alert',
    objectType: 'security_alert',
    objectId: a.id,
    reason: a.kind,
    diff: { subject: a.subject, count: Number(a.count) },
  });
}

export async function listAlerts(ctx: AppContext, q: { open?: boolean }) {
  const rows = await ctx.db
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
    .$if(!!q.open, (qb) => qb.where('s.acknowledged_at', 'is', null))
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();
  const open = await ctx.db
    .selectFrom('security_alert')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('acknowledged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    open: Number(open.n),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      subject: r.subject,
      windowStart: r.window_start.toISOString(),
      count: r.count,
      detail: r.detail,
      createdAt: r.created_at.toISOString(),
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
      acknowledgedBy: r.acknowledged_by_name ?? null,
    })),
  };
}

/** The security admin marks an alert handled; audited with the note. */
export async function acknowledgeAlert(ctx: AppContext, rc: RequestContext, id: string, note?: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('security_alert')
      .set({ acknowledged_by: rc.actor?.userId ?? null, acknowledged_at: new Date() })
      .where('id', '=', id)
      .where('acknowledged_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!r) {
      const exists = await trx
        .selectFrom('security_alert')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      throw exists ? new AppError('CONFLICT', '该告警已处理') : new AppError('NOT_FOUND', '告警不存在');
    }
    await ctx.audit(trx, rc, {
      eventType: 'security',
      action: 'security.alert.acknowledge',
      objectType: 'security_alert',
      objectId: id,
      reason: note,
    });
  });
  return listAlerts(ctx, {});
}

export const securityJobs: Job[] = [
  {
    name: 'security.refusal-summary',
    schedule: '* * * * *',
    run: (ctx, now) => summariseRefusals(ctx.db, ctx.auditKey, now),
  },
  { name: 'security.burst-detector', schedule: '* * * * *', run: detectBursts },
  { name: 'security.audit-chain-check', schedule: '30 3 * * *', run: detectChainBreak },
];
