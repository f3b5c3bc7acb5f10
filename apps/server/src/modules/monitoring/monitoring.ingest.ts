import crypto from 'node:crypto';
import net from 'node:net';
import { Aedes } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';
import {
  MonitoringLimits,
  type MonitoringIngestStats,
  evaluateReadings,
  minuteOf,
  readingPayload,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { notifyNewAlarms, sendAlarmNotices } from './monitoring.notices.ts';
import * as repo from './monitoring.repository.ts';

/**
 * 在线监测 ingestion (issue 12 item 5, decision 0014): an MQTT subscriber on `<root>/+/+/+` — topic
 * `<root>/<enterprise credit code or id>/<unit id>/<point id>`, payload `{"v": number, "t"?: time}`.
 * Messages are checked as they arrive (a bad one is counted by reason and dropped; nothing a publisher
 * sends can throw out of the handler) and buffered; every `flushMs` the buffer is folded into per-minute
 * aggregates and written in one transaction: one upsert of the minutes, one update of the points' latest
 * values, the alarms the readings raise or clear.
 */
export interface IngestOptions {
  /** An external broker (MQTT_URL); without it an embedded aedes broker listens on host:port. */
  url?: string;
  host?: string;
  port?: number;
  topicRoot?: string;
  flushMs?: number;
  /** Flush early once this many readings wait. */
  maxBatch?: number;
  now?: () => Date;
}

export interface Ingestor {
  /** The broker the subscriber is connected to (the embedded one's actual port when 0 was asked). */
  readonly url: string;
  /** Resolves once the subscription is acknowledged. */
  readonly ready: Promise<void>;
  stats(): MonitoringIngestStats;
  /** Writes what is buffered now (tests, shutdown). */
  flush(): Promise<void>;
  /** Forgets a point's cached thresholds (after an edit). */
  forget(pointId: string): void;
  stop(): Promise<void>;
}

export type DropReason =
  'invalid_topic' | 'invalid_payload' | 'unknown_point' | 'topic_mismatch' | 'stale' | 'store_failed';

interface Reading {
  ent: string;
  unitId: string;
  pointId: string;
  v: number;
  at: Date;
}

type PointInfo = Awaited<ReturnType<typeof repo.pointsForIngest>>[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTERPRISE_KEY = /^[0-9A-Za-z-]{1,64}$/;
const MAX_PAYLOAD_BYTES = 1024;
const CACHE_TTL_MS = 30_000;

const running = new WeakMap<AppContext, Ingestor>();
/** The ingestor started for this application, if any (the stats endpoint reads it). */
export const runningIngestor = (ctx: AppContext): Ingestor | undefined => running.get(ctx);

/** Parses one message; a reason when it must be dropped. */
export function parseMessage(
  root: string,
  topic: string,
  payload: Buffer,
  now: Date,
): Reading | { drop: DropReason } {
  const parts = topic.split('/');
  const rootParts = root.split('/');
  if (parts.length !== rootParts.length + 3 || rootParts.some((p, i) => parts[i] !== p))
    return { drop: 'invalid_topic' };
  const [ent, unitId, pointId] = parts.slice(rootParts.length) as [string, string, string];
  if (!ENTERPRISE_KEY.test(ent) || !UUID.test(unitId) || !UUID.test(pointId))
    return { drop: 'invalid_topic' };
  if (payload.length > MAX_PAYLOAD_BYTES) return { drop: 'invalid_payload' };
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return { drop: 'invalid_payload' };
  }
  const parsed = readingPayload.safeParse(json);
  if (!parsed.success) return { drop: 'invalid_payload' };
  const at = parsed.data.t === undefined ? now : new Date(parsed.data.t);
  if (Number.isNaN(at.getTime())) return { drop: 'invalid_payload' };
  const age = now.getTime() - at.getTime();
  if (age > MonitoringLimits.maxAgeMs || -age > MonitoringLimits.maxFutureSkewMs) return { drop: 'stale' };
  return { ent, unitId: unitId.toLowerCase(), pointId: pointId.toLowerCase(), v: parsed.data.v, at };
}

async function startEmbeddedBroker(host: string, port: number) {
  const broker = await Aedes.createBroker();
  const server = net.createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as net.AddressInfo;
  const connectHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `mqtt://${connectHost}:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function startIngestor(ctx: AppContext, opts: IngestOptions = {}): Promise<Ingestor> {
  const root = opts.topicRoot ?? 'anjian';
  const flushMs = opts.flushMs ?? 1000;
  const maxBatch = opts.maxBatch ?? 5000;
  const now = opts.now ?? (() => new Date());
  const embedded = opts.url
    ? undefined
    : await startEmbeddedBroker(opts.host ?? '127.0.0.1', opts.port ?? 1883);
  const url = opts.url ?? embedded!.url;

  const counters = {
    since: new Date(),
    received: 0,
    accepted: 0,
    dropped: {} as Record<string, number>,
    flushes: 0,
    lastFlushAt: null as Date | null,
  };
  const drop = (reason: DropReason, n = 1) => {
    counters.dropped[reason] = (counters.dropped[reason] ?? 0) + n;
  };
  const cache = new Map<string, { info: PointInfo | null; at: number }>();
  let pending: Reading[] = [];
  let chain = Promise.resolve();

  const client: MqttClient = mqtt.connect(url, {
    clientId: `anjian-ingest-${crypto.randomBytes(6).toString('hex')}`,
    reconnectPeriod: 2000,
    connectTimeout: 5000,
  });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  client.on('connect', () => {
    client.subscribe(`${root}/+/+/+`, { qos: 0 }, (err) => {
      if (err) ctx.log.error({ err }, 'monitoring: subscribe failed');
      else markReady();
    });
  });
  client.on('error', (err) => ctx.log.warn({ err: err.message, url }, 'monitoring: MQTT error'));
  client.on('message', (topic, payload) => {
    counters.received++;
    try {
      const r = parseMessage(root, topic, payload, now());
      if ('drop' in r) return drop(r.drop);
      pending.push(r);
      if (pending.length >= maxBatch) void flush();
    } catch {
      drop('invalid_payload');
    }
  });

  async function resolvePoints(ids: string[]) {
    const t = Date.now();
    const missing = ids.filter((id) => {
      const c = cache.get(id);
      return !c || t - c.at > CACHE_TTL_MS;
    });
    if (missing.length) {
      const rows = await repo.pointsForIngest(ctx.db, missing);
      const found = new Map(rows.map((r) => [r.id, r]));
      for (const id of missing) cache.set(id, { info: found.get(id) ?? null, at: t });
    }
  }

  async function write(batch: Reading[]) {
    await resolvePoints([...new Set(batch.map((r) => r.pointId))]);
    const byPoint = new Map<string, { info: PointInfo; readings: Reading[] }>();
    for (const r of batch) {
      const info = cache.get(r.pointId)?.info;
      if (!info) {
        drop('unknown_point');
        continue;
      }
      if (info.unit_id !== r.unitId || (r.ent !== info.credit_code && r.ent !== info.enterprise_id)) {
        drop('topic_mismatch');
        continue;
      }
      const entry = byPoint.get(r.pointId) ?? { info, readings: [] };
      entry.readings.push(r);
      byPoint.set(r.pointId, entry);
    }
    if (byPoint.size === 0) return 0;
    const minutes = new Map<string, repo.MinuteAggregate>();
    const latest: { id: string; value: number; at: Date }[] = [];
    let n = 0;
    for (const [pointId, { info, readings }] of byPoint) {
      readings.sort((a, b) => a.at.getTime() - b.at.getTime());
      n += readings.length;
      const last = readings[readings.length - 1]!;
      latest.push({ id: pointId, value: last.v, at: last.at });
      for (const r of readings) {
        const minute = minuteOf(r.at);
        const key = `${pointId}|${minute.getTime()}`;
        const m = minutes.get(key);
        if (!m)
          minutes.set(key, {
            pointId,
            minute,
            divisionCode: info.division_code,
            min: r.v,
            max: r.v,
            sum: r.v,
            count: 1,
            last: r.v,
            lastAt: r.at,
          });
        else {
          m.min = Math.min(m.min, r.v);
          m.max = Math.max(m.max, r.v);
          m.sum += r.v;
          m.count++;
          if (r.at >= m.lastAt) {
            m.last = r.v;
            m.lastAt = r.at;
          }
        }
      }
    }
    const outbox = await ctx.db.transaction().execute(async (trx) => {
      await repo.upsertMinutes(trx, [...minutes.values()]);
      await repo.updateLatest(trx, latest);
      return notifyNewAlarms(trx, await applyAlarms(trx, byPoint));
    });
    sendAlarmNotices(ctx, outbox);
    return n;
  }

  function flush(): Promise<void> {
    chain = chain.then(async () => {
      const batch = pending;
      pending = [];
      if (batch.length === 0) return;
      try {
        counters.accepted += await write(batch);
        counters.flushes++;
        counters.lastFlushAt = new Date();
      } catch (err) {
        ctx.log.error({ err }, 'monitoring: storing readings failed');
        drop('store_failed', batch.length);
      }
    });
    return chain;
  }

  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();

  const ingestor: Ingestor = {
    url,
    ready,
    stats: () => ({
      mode: embedded ? 'embedded' : 'external',
      connected: client.connected,
      since: counters.since.toISOString(),
      received: counters.received,
      accepted: counters.accepted,
      dropped: { ...counters.dropped },
      flushes: counters.flushes,
      lastFlushAt: counters.lastFlushAt?.toISOString() ?? null,
    }),
    flush,
    forget: (id) => cache.delete(id),
    stop: async () => {
      clearInterval(timer);
      await flush();
      await client.endAsync(true);
      await embedded?.close();
      if (running.get(ctx) === ingestor) running.delete(ctx);
    },
  };
  running.set(ctx, ingestor);
  return ingestor;
}

/**
 * The alarms a batch raises or clears, point by point (decided by the domain's evaluateReadings); returns
 * the ids of the alarms raised.
 */
async function applyAlarms(trx: Db, byPoint: Map<string, { info: PointInfo; readings: Reading[] }>) {
  const open = await repo.openAlarmsOf(trx, [...byPoint.keys()]);
  const raised: string[] = [];
  for (const [pointId, { info, readings }] of byPoint) {
    const mine = open.filter((a) => a.point_id === pointId);
    const thresholdAlarm = mine.find((a) => a.kind !== 'offline');
    const offlineAlarm = mine.find((a) => a.kind === 'offline');
    if (!offlineAlarm && !thresholdAlarm && info.high === null && info.high_high === null) continue;
    const actions = evaluateReadings(
      {
        threshold: thresholdAlarm
          ? { kind: thresholdAlarm.kind as 'high' | 'high_high', peak: thresholdAlarm.peak }
          : null,
        offline: offlineAlarm !== undefined,
      },
      readings,
      { high: info.high, highHigh: info.high_high },
    );
    let current = thresholdAlarm?.id ?? null;
    for (const a of actions) {
      if (a.type === 'clear' && a.which === 'offline' && offlineAlarm)
        await repo.updateAlarm(trx, offlineAlarm.id, { cleared_at: a.at });
      else if (a.type === 'clear' && a.which === 'threshold' && current) {
        await repo.updateAlarm(trx, current, { cleared_at: a.at });
        current = null;
      } else if (a.type === 'peak' && current) await repo.updateAlarm(trx, current, { peak: a.value });
      else if (a.type === 'raise') {
        current = crypto.randomUUID();
        const written = await repo.insertAlarms(trx, [
          {
            id: current,
            point_id: pointId,
            unit_id: info.unit_id,
            enterprise_id: info.enterprise_id,
            division_code: info.division_code,
            sector: info.sector,
            kind: a.kind,
            value: a.value,
            threshold: a.threshold,
            peak: a.peak,
            raised_at: a.at,
          },
        ]);
        raised.push(...written);
      }
    }
  }
  return raised;
}
