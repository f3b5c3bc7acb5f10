import crypto from 'node:crypto';
import { type MonitoringAlarmKind, minuteOf, monitoringAlarmKindNames } from '@anjian/domain';
import type { Job } from '../../platform/jobs/scheduler.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { insertDetectedHazard } from '../hazard/index.ts';
import { notifyNewAlarms } from './monitoring.notices.ts';
import * as repo from './monitoring.repository.ts';
import { loadPolicy } from './monitoring.service.ts';

/**
 * Points silent for the policy's offline minutes get a 离线 alarm (cleared by their next reading); each new
 * one is notified in the job's transaction (the scheduler runs it in one, under the job's advisory lock);
 * the outbox rows are sent by the notification module's retry job after commit (within a minute).
 */
export async function raiseOfflineAlarms(ctx: AppContext, now: Date): Promise<number> {
  const policy = await loadPolicy(ctx.db);
  const silent = await repo.silentPoints(ctx.db, new Date(now.getTime() - policy.offlineMinutes * 60_000));
  if (silent.length === 0) return 0;
  const rows = silent.map((p) => ({
    id: crypto.randomUUID(),
    point_id: p.id,
    unit_id: p.unit_id,
    enterprise_id: p.enterprise_id,
    division_code: p.division_code,
    sector: p.sector,
    kind: 'offline',
    value: p.last_value,
    threshold: null,
    peak: null,
    raised_at: now,
  }));
  await notifyNewAlarms(ctx.db, await repo.insertAlarms(ctx.db, rows));
  return silent.length;
}

const fmt = (v: number | null, uom: string) => (v === null ? '—' : `${v}${uom}`);

/**
 * A 高报/高高报 alarm still open after the policy's sustain minutes becomes a hazard in the dual-prevention
 * loop (reported by the system for the enterprise, 初判 一般; the regulator assesses it like any other),
 * linked from the alarm so it happens once.
 */
export async function escalateSustainedAlarms(ctx: AppContext, now: Date): Promise<number> {
  const policy = await loadPolicy(ctx.db);
  const rows = await repo.sustainedAlarms(ctx.db, new Date(now.getTime() - policy.sustainMinutes * 60_000));
  for (const a of rows) {
    const kind = monitoringAlarmKindNames[a.kind as MonitoringAlarmKind];
    const hazardId = await insertDetectedHazard(
      ctx.db,
      ctx,
      { id: a.enterprise_id, division_code: a.division_code, sector: a.sector },
      {
        enterpriseId: a.enterprise_id,
        source: '企业自查',
        location: `${a.unit_name} ${a.point_name}（${a.point_code}）`.slice(0, 200),
        description:
          `在线监测${kind}持续超过 ${policy.sustainMinutes} 分钟未消除：${a.point_name}（${a.point_code}）` +
          `报警值 ${fmt(a.value, a.uom)}，阈值 ${fmt(a.threshold, a.uom)}，峰值 ${fmt(a.peak, a.uom)}，` +
          `报警时间 ${a.raised_at.toISOString().slice(0, 16).replace('T', ' ')} UTC。`,
        checklistItem: '重大危险源在线监测预警',
        level: '一般',
        foundAt: a.raised_at.toISOString(),
      },
    );
    await repo.updateAlarm(ctx.db, a.id, { hazard_id: hazardId });
  }
  return rows.length;
}

const DAY_MS = 86_400_000;

/**
 * Retention: the per-minute aggregates older than the configured days (ANJIAN_MONITORING_RETENTION_DAYS,
 * default 400) are deleted, point by point. Alarms, hazards and the points' latest values stay.
 */
export async function pruneMinuteAggregates(ctx: AppContext, now: Date): Promise<{ deleted: number }> {
  const before = minuteOf(new Date(now.getTime() - ctx.config.monitoringRetentionDays * DAY_MS));
  let deleted = 0;
  for (const id of await repo.allPointIds(ctx.db)) deleted += await repo.pruneMinutes(ctx.db, id, before);
  if (deleted) ctx.log.info({ deleted, before: before.toISOString() }, 'monitoring: aggregates pruned');
  return { deleted };
}

export const monitoringJobs: readonly Job[] = [
  { name: 'monitoring.offline', schedule: '30 * * * * *', run: raiseOfflineAlarms },
  { name: 'monitoring.sustained', schedule: '45 * * * * *', run: escalateSustainedAlarms },
  { name: 'monitoring.prune', schedule: '17 3 * * *', run: pruneMinuteAggregates },
];
