import crypto from 'node:crypto';
import {
  type AcknowledgeAlarmInput,
  AppError,
  type ListMonitoringAlarmsQuery,
  type ListMonitoringPointsQuery,
  type MonitoringAlarmMap,
  type MonitoringPolicy,
  type MonitoringPointInput,
  type MonitoringTrend,
  defaultMonitoringPolicy,
  minuteOf,
  monitoringPolicyBody,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import { foundInScope } from '../../platform/access/found.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { toPage } from '../../platform/http/page.ts';
import { findMajorHazardUnit } from '../major-hazard/index.ts';
import { runningIngestor } from './monitoring.ingest.ts';
import { presentAlarm, presentAlarmMapItem, presentPoint } from './monitoring.presenter.ts';
import { readPolicy, writePolicy } from './monitoring-settings.repository.ts';
import * as repo from './monitoring.repository.ts';

// ---- policy ---------------------------------------------------------------------------------------

/** The policy in force: what the administrator saved, or the platform defaults. */
export async function loadPolicy(db: Db): Promise<MonitoringPolicy> {
  const parsed = monitoringPolicyBody.safeParse(await readPolicy(db));
  return parsed.success ? parsed.data : defaultMonitoringPolicy;
}

export async function updatePolicy(ctx: AppContext, rc: RequestContext, input: MonitoringPolicy) {
  const before = await loadPolicy(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await writePolicy(trx, input);
    await ctx.audit(trx, rc, {
      eventType: 'monitoring',
      action: 'monitoring.policy.update',
      objectType: 'setting',
      objectId: 'monitoring.policy',
      diff: { before, after: input },
    });
  });
  return input;
}

// ---- points ---------------------------------------------------------------------------------------

const topicRoot = (ctx: AppContext) => ctx.config.mqtt.topicRoot;

export async function listPoints(ctx: AppContext, rc: RequestContext, q: ListMonitoringPointsQuery) {
  const actor = requireActor(rc);
  const f = { unitId: q.unitId, enterpriseId: q.enterpriseId, divisionCode: q.divisionCode };
  const [items, total] = await Promise.all([
    repo.listPoints(ctx.db, actor, f, q),
    repo.countPoints(ctx.db, actor, f),
  ]);
  return toPage(q, { items, total }, (p) => presentPoint(p, topicRoot(ctx)));
}

async function pointInScope(db: Db, rc: RequestContext, id: string) {
  return foundInScope(await repo.findPoint(db, requireActor(rc), id), {
    type: 'monitoring_point',
    id,
    label: '监测点位',
  });
}

export async function getPoint(ctx: AppContext, rc: RequestContext, id: string) {
  return presentPoint(await pointInScope(ctx.db, rc, id), topicRoot(ctx));
}

const pointColumns = (input: MonitoringPointInput) => ({
  code: input.code,
  name: input.name,
  kind: input.kind,
  uom: input.uom,
  high: input.high,
  high_high: input.highHigh,
});

/** The enterprise adds a point to one of its units (the unit must be in its scope: its own). */
export async function createPoint(ctx: AppContext, rc: RequestContext, input: MonitoringPointInput) {
  const actor = requireActor(rc);
  if (!actor.enterpriseId) throw new AppError('FORBIDDEN', '只有企业账号可以配置本企业的监测点位');
  const unit = foundInScope(await findMajorHazardUnit(ctx.db, actor, input.unitId), {
    type: 'major_hazard_unit',
    id: input.unitId,
    label: '重大危险源辨识单元',
    field: 'unitId',
  });
  if (await repo.codeTaken(ctx.db, unit.id, input.code))
    throw AppError.invalid([{ field: 'code', message: `该单元已有位号为「${input.code}」的监测点位` }]);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertPoint(trx, {
      id,
      unit_id: unit.id,
      enterprise_id: unit.enterprise_id,
      division_code: unit.division_code,
      sector: unit.sector,
      ...pointColumns(input),
      created_by: actor.userId,
    });
    await ctx.audit(trx, rc, {
      eventType: 'monitoring',
      action: 'monitoring.point.create',
      objectType: 'monitoring_point',
      objectId: id,
      diff: { after: input },
    });
  });
  return getPoint(ctx, rc, id);
}

export async function updatePoint(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: MonitoringPointInput,
) {
  const actor = requireActor(rc);
  const row = await pointInScope(ctx.db, rc, id);
  if (!actor.enterpriseId) throw new AppError('FORBIDDEN', '只有企业账号可以配置本企业的监测点位');
  if (input.unitId !== row.unit_id)
    throw AppError.invalid([{ field: 'unitId', message: '监测点位不能移到另一个单元，请停用后重新配置' }]);
  if (await repo.codeTaken(ctx.db, row.unit_id, input.code, id))
    throw AppError.invalid([{ field: 'code', message: `该单元已有位号为「${input.code}」的监测点位` }]);
  const before = {
    code: row.code,
    name: row.name,
    kind: row.kind,
    uom: row.uom,
    high: row.high,
    highHigh: row.high_high,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePoint(trx, id, { ...pointColumns(input), updated_at: new Date() });
    await ctx.audit(trx, rc, {
      eventType: 'monitoring',
      action: 'monitoring.point.update',
      objectType: 'monitoring_point',
      objectId: id,
      diff: { before, after: input },
    });
  });
  runningIngestor(ctx)?.forget(id);
  return getPoint(ctx, rc, id);
}

/** Retires a point: it leaves the lists and ingestion; its readings and alarms stay as history. */
export async function retirePoint(ctx: AppContext, rc: RequestContext, id: string) {
  const actor = requireActor(rc);
  const row = await pointInScope(ctx.db, rc, id);
  if (!actor.enterpriseId) throw new AppError('FORBIDDEN', '只有企业账号可以配置本企业的监测点位');
  const now = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePoint(trx, id, { retired_at: now, updated_at: now });
    await repo.clearOpenAlarms(trx, id, now);
    await ctx.audit(trx, rc, {
      eventType: 'monitoring',
      action: 'monitoring.point.retire',
      objectType: 'monitoring_point',
      objectId: id,
      diff: { before: { code: row.code, name: row.name } },
    });
  });
  runningIngestor(ctx)?.forget(id);
}

/** The point's last `minutes` minutes as per-minute aggregates. */
export async function getTrend(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  minutes: number,
  now = new Date(),
): Promise<MonitoringTrend> {
  const p = await pointInScope(ctx.db, rc, id);
  const since = minuteOf(new Date(now.getTime() - (minutes - 1) * 60_000));
  const rows = await repo.trend(ctx.db, id, since);
  return {
    pointId: id,
    uom: p.uom,
    high: p.high,
    highHigh: p.high_high,
    minutes: rows.map((r) => ({
      at: r.minute.toISOString(),
      min: r.min,
      max: r.max,
      avg: r.sum / r.count,
      last: r.last,
      count: r.count,
    })),
  };
}

// ---- alarms ---------------------------------------------------------------------------------------

export async function listAlarms(ctx: AppContext, rc: RequestContext, q: ListMonitoringAlarmsQuery) {
  const actor = requireActor(rc);
  const f: repo.AlarmFilter = {
    open: q.status === 'open',
    kind: q.kind,
    divisionCode: q.divisionCode,
    enterpriseId: q.enterpriseId,
    pointId: q.pointId,
  };
  const [items, total] = await Promise.all([
    repo.listAlarms(ctx.db, actor, f, q),
    repo.countAlarms(ctx.db, actor, f),
  ]);
  return toPage(q, { items, total }, presentAlarm);
}

/** Enterprises listed on the map at most (the city has a few hundred with major hazard sources). */
const MAP_LIMIT = 500;

/** The open alarms in scope per enterprise, with its position: the city's alarm map. */
export async function alarmMap(ctx: AppContext, rc: RequestContext): Promise<MonitoringAlarmMap> {
  const rows = await repo.openAlarmsByEnterprise(ctx.db, requireActor(rc), MAP_LIMIT + 1);
  return { items: rows.slice(0, MAP_LIMIT).map(presentAlarmMapItem), truncated: rows.length > MAP_LIMIT };
}

async function alarmInScope(db: Db, rc: RequestContext, id: string) {
  return foundInScope(await repo.findAlarm(db, requireActor(rc), id), {
    type: 'monitoring_alarm',
    id,
    label: '监测报警',
  });
}

export async function getAlarm(ctx: AppContext, rc: RequestContext, id: string) {
  return presentAlarm(await alarmInScope(ctx.db, rc, id));
}

/** 确认: who saw the alarm and what was done; once per alarm, audited. */
export async function acknowledgeAlarm(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  input: AcknowledgeAlarmInput,
) {
  const actor = requireActor(rc);
  await alarmInScope(ctx.db, rc, id);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockAlarm(trx, id);
    if (locked?.acknowledged_at) throw new AppError('CONFLICT', '该报警已确认');
    const at = new Date();
    await repo.updateAlarm(trx, id, {
      acknowledged_at: at,
      acknowledged_by: actor.userId,
      acknowledged_name: actor.displayName,
      comment: input.comment ?? null,
    });
    await ctx.audit(trx, rc, {
      eventType: 'monitoring',
      action: 'monitoring.alarm.acknowledge',
      objectType: 'monitoring_alarm',
      objectId: id,
      diff: { after: { acknowledgedAt: at.toISOString(), comment: input.comment ?? null } },
    });
  });
  return getAlarm(ctx, rc, id);
}

export function ingestStats(ctx: AppContext) {
  const running = runningIngestor(ctx);
  if (running) return running.stats();
  return {
    mode: 'off' as const,
    connected: false,
    since: new Date().toISOString(),
    received: 0,
    accepted: 0,
    dropped: {},
    flushes: 0,
    lastFlushAt: null,
  };
}
