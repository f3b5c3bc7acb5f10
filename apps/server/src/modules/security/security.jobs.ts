import { systemContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { summariseRefusals } from '../../platform/audit/refusals.ts';
import type { Job } from '../../platform/jobs/scheduler.ts';
import * as repo from './security.repository.ts';

/** SECURITY.md IP-03: how many failures in how long make an alert. */
export const AlertThresholds = { windowMinutes: 10, failedLogins: 20, deniedAccesses: 20 } as const;

/**
 * The burst detectors: failed sign-ins per IP (brute force) and refused accesses per account (or IP when
 * anonymous; authorization = refused for want of permission or scope, not a bad password) over the last
 * `windowMinutes`, run every minute.
 */
export async function detectBursts(ctx: AppContext, now: Date) {
  const { windowMinutes: w, failedLogins, deniedAccesses } = AlertThresholds;
  const bruteForce = await repo.insertBruteForceAlerts(ctx.db, now, w, failedLogins);
  const denied = await repo.insertDeniedAccessAlerts(ctx.db, now, w, deniedAccesses);
  const raised = [
    ...bruteForce.map((r) => ({ ...r, kind: 'brute_force' as const })),
    ...denied.map((r) => ({ ...r, kind: 'authorization_failures' as const })),
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
  const detail = `审计日志哈希链在第 ${id} 行断开（${problem === 'hash' ? '该行内容被修改' : '其前一行被删除或插入'}），请立即核查`;
  const raised = (await repo.insertChainBreakAlert(ctx.db, now, String(id), detail)).map((a) => ({
    ...a,
    kind: 'audit_chain_broken' as const,
  }));
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

export const securityJobs: Job[] = [
  {
    name: 'security.refusal-summary',
    schedule: '* * * * *',
    run: (ctx, now) => summariseRefusals(ctx.db, ctx.auditKey, now),
  },
  { name: 'security.burst-detector', schedule: '* * * * *', run: detectBursts },
  { name: 'security.audit-chain-check', schedule: '30 3 * * *', run: detectChainBreak },
];
