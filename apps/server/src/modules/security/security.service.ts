import { AppError, type SecurityAlertsDto, type SecurityPolicy } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { forgetPolicyCache, loadSecurityPolicy, saveSecurityPolicy } from '../../platform/auth/policy.ts';
import * as repo from './security.repository.ts';

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

/** 安全告警 (IP-03), newest first, with the number still open. */
export async function listAlerts(ctx: AppContext, q: { open?: boolean }): Promise<SecurityAlertsDto> {
  const [rows, open] = await Promise.all([repo.listAlerts(ctx.db, !!q.open), repo.countOpenAlerts(ctx.db)]);
  return {
    open,
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
    const outcome = await repo.acknowledge(trx, id, rc.actor?.userId ?? null);
    if (outcome === 'handled') throw new AppError('CONFLICT', '该告警已处理');
    if (outcome === 'missing') throw new AppError('NOT_FOUND', '告警不存在');
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
