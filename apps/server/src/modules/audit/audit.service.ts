import { z } from 'zod';
import { pagingQuery } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { listAuditRows } from './audit.repository.ts';

export const listAuditQuery = pagingQuery
  .extend({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    username: z.string().trim().max(64).optional(),
    action: z.string().trim().max(64).optional(),
    eventType: z.string().trim().max(32).optional(),
    outcome: z.enum(['success', 'failure', 'denied']).optional(),
    objectId: z.string().trim().max(128).optional(),
  })
  .strict();
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

/**
 * The audit log, newest first, for the audit admin (AU-01). The read itself is recorded (等保 8.1.5.2: the
 * auditor is audited too), with the filter used, after the page is read so the page shows the log as it was.
 */
export async function listAudit(ctx: AppContext, rc: RequestContext, q: ListAuditQuery) {
  const { rows, total } = await listAuditRows(ctx.db, q, q);
  await ctx.db.transaction().execute((trx) =>
    ctx.audit(trx, rc, {
      eventType: 'audit',
      action: 'audit.read',
      objectType: 'audit_log',
      reason: `${rows.length} of ${total} rows`,
      diff: { filter: q },
    }),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      userId: r.user_id,
      username: r.username,
      roleCode: r.role_code,
      org: r.org,
      ip: r.ip,
      userAgent: r.user_agent,
      requestId: r.request_id,
      eventType: r.event_type,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      outcome: r.outcome,
      reason: r.reason,
      diff: r.diff ?? null,
    })),
    total: total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Verifies the hash chain and records that it was verified (AU-03). */
export async function verifyAudit(ctx: AppContext, rc: RequestContext) {
  const report = await verifyAuditChain(ctx.db, ctx.auditKey);
  await ctx.db.transaction().execute((trx) =>
    ctx.audit(trx, rc, {
      eventType: 'audit',
      action: 'audit.verify',
      outcome: report.ok ? 'success' : 'failure',
      reason: report.ok ? `${report.rows} rows` : `broken at ${report.firstBroken?.id}`,
    }),
  );
  return report;
}
