import crypto from 'node:crypto';
import mqtt from 'mqtt';
import type { Db } from '../apps/server/src/db/database.ts';
import { type HttpFigures, type ServerProcess, measureHttp } from './harness.ts';

/**
 * Monitoring points for the ingestion measure: `n` points spread over the major hazard units the demo
 * seeded (10 位号 per unit and kind), thresholds high enough that the readings raise no alarm.
 */
export async function generatePoints(db: Db, n: number): Promise<number> {
  const units = await db
    .selectFrom('major_hazard_unit')
    .select(['id', 'enterprise_id', 'division_code', 'sector'])
    .orderBy('id')
    .execute();
  if (units.length === 0) return 0;
  const rows = Array.from({ length: n }, (_, i) => {
    const u = units[i % units.length]!;
    return {
      id: crypto.randomUUID(),
      unit_id: u.id,
      enterprise_id: u.enterprise_id,
      division_code: u.division_code,
      sector: u.sector,
      code: `BENCH-${i}`,
      name: `压测点位 ${i}`,
      kind: 'level',
      uom: 'm',
      high: 80,
      high_high: 90,
      created_by: null,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('monitoring_point')
      .values(rows.slice(i, i + 1000))
      .execute();
  return n;
}

export interface IngestReport {
  points: number;
  seconds: number;
  offeredPerSec: number;
  publishedPerSec: number;
  /** Readings stored per second over the run, counted by the server (GET /api/monitoring/ingest-stats). */
  acceptedPerSec: number;
  /** Published but not received by the server's subscriber (QoS 0 through the broker). */
  lostInTransit: number;
  /** Received but neither stored nor counted as dropped within 10 s of the end. */
  lostInServer: number;
  dropped: Record<string, number>;
  /** The API under ingestion (hazard list as city_admin), and the same just before without it. */
  api: HttpFigures & { url: string; targetP95: number; meetsTarget: boolean };
  apiIdle: HttpFigures;
  ok: boolean;
}

interface Stats {
  accepted: number;
  received: number;
  dropped: Record<string, number>;
}

/**
 * Sustained ingestion: `rate` readings a second published over MQTT (QoS 0, round robin over every point,
 * plausible values below 高报) for `seconds`, while the hazard list is measured through HTTP beside it.
 * The server stores them as per-minute aggregates (decision 0014); the figure is what it stored.
 */
export async function ingest(
  server: ServerProcess,
  session: { cookie: string },
  mqttUrl: string,
  opts: { seconds: number; rate: number; targetP95: number },
): Promise<IngestReport> {
  const get = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${server.base}${path}`, { headers: { cookie: session.cookie } })).json()) as T;
  const topics: string[] = [];
  for (let page = 1; ; page++) {
    const r = await get<{ items: { topic: string }[]; total: number }>(
      `/api/monitoring/points?pageSize=200&page=${page}`,
    );
    topics.push(...r.items.map((p) => p.topic));
    if (topics.length >= r.total || r.items.length === 0) break;
  }
  if (topics.length === 0) throw new Error('no monitoring points to publish to');
  const url = `${server.base}/api/hazards?page=1&pageSize=20`;
  const apiIdle = await measureHttp(url, session.cookie, opts.seconds, 2);
  const before = await get<Stats>('/api/monitoring/ingest-stats');
  const client = await mqtt.connectAsync(mqttUrl);
  const end = Date.now() + opts.seconds * 1000;
  let published = 0;
  const tickMs = 10;
  const publishing = (async () => {
    const started = Date.now();
    while (Date.now() < end) {
      // Catch up to the offered rate, then yield; values wander between 30 % and 60 % of the tank.
      const due = Math.floor(((Date.now() - started) / 1000) * opts.rate);
      for (; published < due; published++) {
        const topic = topics[published % topics.length]!;
        client.publish(topic, `{"v":${(30 + 30 * Math.random()).toFixed(2)}}`);
      }
      await new Promise((r) => setTimeout(r, tickMs));
    }
  })();
  const api = await measureHttp(url, session.cookie, opts.seconds, 2);
  await publishing;
  await client.endAsync();
  // Wait for the last flushes (1 s each) until the count settles: everything received is stored or
  // dropped, or nothing moved for 3 s (what was lost in transit never arrives). A backlog the server was
  // still working through is stored late, not lost; up to 30 s.
  const handled = (x: Stats) => x.accepted + Object.values(x.dropped).reduce((a, b) => a + b, 0);
  const settled = (x: Stats) => handled(x) - handled(before) >= x.received - before.received;
  let after = await get<Stats>('/api/monitoring/ingest-stats');
  for (let i = 0, still = 0; i < 60 && !settled(after) && still < 6; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const next = await get<Stats>('/api/monitoring/ingest-stats');
    still = next.accepted === after.accepted && next.received === after.received ? still + 1 : 0;
    after = next;
  }
  const accepted = after.accepted - before.accepted;
  const dropped: Record<string, number> = {};
  for (const [k, v] of Object.entries(after.dropped)) {
    const d = v - (before.dropped[k] ?? 0);
    if (d) dropped[k] = d;
  }
  const meetsTarget = api.p95 <= opts.targetP95 && api.errors === 0 && api.non2xx === 0;
  return {
    points: topics.length,
    seconds: opts.seconds,
    offeredPerSec: opts.rate,
    publishedPerSec: Math.round(published / opts.seconds),
    acceptedPerSec: Math.round(accepted / opts.seconds),
    lostInTransit: published - (after.received - before.received),
    lostInServer:
      after.received - before.received - accepted - Object.values(dropped).reduce((a, b) => a + b, 0),
    dropped,
    api: { ...api, url, targetP95: opts.targetP95, meetsTarget },
    apiIdle,
    ok: meetsTarget && accepted >= published * 0.99,
  };
}
