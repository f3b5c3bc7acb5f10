/**
 * `npm run bench [-- --size city|province] [--seconds N] [--ingest N --ingest-rate R --ingest-points P]`
 * (`--ingest-only`: just the 在线监测 ingestion measure, on the demo data and generated points)
 *
 * Generates deterministic data (seeded PRNG), then measures each list, detail and statistics endpoint
 * through HTTP (autocannon on 127.0.0.1, bounded in time) beside the same SQL run raw on the database,
 * and prints the ratio next to the target of PRODUCT.md §3. City scale runs on PGlite; province scale
 * needs a PostgreSQL server (ANJIAN_BENCH_DATABASE_URL, a database it may create and drop databases on).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type RawBuilder, sql } from 'kysely';
import pg from 'pg';
import { COUNT_CAP } from '../apps/server/src/db/count.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { type Sizes, generate } from './generate.ts';
import { freePort, machine, measureHttp, measureRaw, signIn, startServer } from './harness.ts';
import { type IngestReport, generatePoints, ingest } from './ingest.ts';
import { soak } from './soak.ts';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'city' },
    seconds: { type: 'string', default: '5' },
    soak: { type: 'string', default: '60' },
    ingest: { type: 'string', default: '10' },
    'ingest-rate': { type: 'string', default: '5000' },
    'ingest-points': { type: 'string', default: '2000' },
    'ingest-only': { type: 'boolean', default: false },
  },
});
const size = args.size === 'province' ? 'province' : 'city';
const seconds = Math.max(1, Number(args.seconds));
const ingestOnly = args['ingest-only'];
const soakSeconds = ingestOnly ? 0 : Math.max(0, Number(args.soak));
const ingestSeconds = Math.max(0, Number(args.ingest));
const ingestRate = Math.max(1, Number(args['ingest-rate']));
const ingestPoints = Math.max(1, Number(args['ingest-points']));
const SIZES: Record<typeof size, Sizes> = {
  city: { enterprises: 5_000, hazards: 200_000, accidents: 10_000 },
  province: { enterprises: 100_000, hazards: 5_000_000, accidents: 500_000 },
};
// PRODUCT.md §3 targets (p95, milliseconds).
const TARGET =
  size === 'city' ? { list: 100, detail: 100, stats: 300 } : { list: 50, detail: 50, stats: 200 };

async function prepareDatabase(): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  if (size === 'city') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-bench-'));
    return {
      env: { ANJIAN_DATA_DIR: dataDir, DATABASE_URL: '' },
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const base = process.env.ANJIAN_BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!base) throw new Error('province scale needs ANJIAN_BENCH_DATABASE_URL (a PostgreSQL server)');
  const name = `anjian_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-bench-'));
  return {
    env: { ANJIAN_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

interface Case {
  name: string;
  kind: keyof typeof TARGET;
  url: (ids: Ids) => string;
  /** The same question asked raw: the SQL the endpoint's query amounts to, scope included (city scope). */
  raw: (ids: Ids) => ReturnType<typeof sql>;
}
interface Ids {
  enterpriseId: string;
  accidentId: string;
  hazardId: string;
}

const city = '6405%';
/** A list page as the server asks it: the first 20 rows and a total counted up to the cap + 1 (db/count.ts). */
const page = (table: string, where: RawBuilder<unknown>, order: string) =>
  sql`SELECT *, (SELECT count(*) FROM (SELECT 1 FROM ${sql.table(table)} WHERE ${where} LIMIT ${COUNT_CAP + 1}) t) AS total FROM ${sql.table(table)} WHERE ${where} ORDER BY ${sql.raw(order)} LIMIT 20`;
const cases: Case[] = [
  {
    name: 'enterprise list',
    kind: 'list',
    url: () => '/api/enterprises?page=1&pageSize=20',
    raw: () => page('enterprise', sql`division_code LIKE ${city}`, 'updated_at DESC, id'),
  },
  {
    name: 'enterprise list, county + sector filter',
    kind: 'list',
    url: () => '/api/enterprises?page=1&pageSize=20&divisionCode=640521&sector=hazardous_chemicals',
    raw: () =>
      page(
        'enterprise',
        sql`division_code LIKE '640521%' AND sector = 'hazardous_chemicals'`,
        'updated_at DESC, id',
      ),
  },
  {
    name: 'enterprise search by name',
    kind: 'list',
    url: () => `/api/enterprises?page=1&pageSize=20&q=${encodeURIComponent('中卫市安泰')}`,
    raw: () =>
      page(
        'enterprise',
        sql`division_code LIKE ${city} AND (name ILIKE ${'%中卫市安泰%'} OR address ILIKE ${'%中卫市安泰%'})`,
        'updated_at DESC, id',
      ),
  },
  {
    name: 'enterprise detail',
    kind: 'detail',
    url: (ids) => `/api/enterprises/${ids.enterpriseId}`,
    raw: (ids) => sql`SELECT * FROM enterprise WHERE id = ${ids.enterpriseId} AND division_code LIKE ${city}`,
  },
  {
    name: 'hazard list',
    kind: 'list',
    url: () => '/api/hazards?page=1&pageSize=20',
    raw: () => page('hazard', sql`division_code LIKE ${city}`, 'reported_at DESC, id'),
  },
  {
    name: 'hazard list, open + county',
    kind: 'list',
    url: () => '/api/hazards?page=1&pageSize=20&open=true&divisionCode=640521',
    raw: () =>
      page('hazard', sql`division_code LIKE '640521%' AND status <> 'accepted'`, 'reported_at DESC, id'),
  },
  {
    name: 'hazard detail',
    kind: 'detail',
    url: (ids) => `/api/hazards/${ids.hazardId}`,
    raw: (ids) =>
      sql`SELECT h.*, (SELECT json_agg(e ORDER BY e.id) FROM hazard_event e WHERE e.hazard_id = h.id) AS events FROM hazard h WHERE h.id = ${ids.hazardId} AND h.division_code LIKE ${city}`,
  },
  {
    name: 'hazard statistics (dashboard)',
    kind: 'stats',
    url: () => '/api/hazards/stats',
    // What the endpoint asks since migration 0009: the rollup's all-time rows, its months summed over
    // sectors, the reporting enterprises, open past the deadline (before this month rolled up).
    raw: () =>
      sql`SELECT (SELECT json_agg(g) FROM (SELECT sector, county, sum(n) AS n, sum(accepted) AS accepted FROM hazard_rollup WHERE county LIKE ${city} AND sector <> '*' AND month = '*' GROUP BY GROUPING SETS ((), (sector), (county))) g) AS groups, (SELECT json_agg(m) FROM (SELECT month, sum(n) FROM hazard_rollup WHERE county LIKE ${city} AND sector = '*' AND month <> '*' GROUP BY month) m) AS months, (SELECT count(DISTINCT enterprise_id) FROM hazard_reporter WHERE county LIKE ${city} AND n > 0) AS reporting, (SELECT sum(n) FROM hazard_open_due WHERE county LIKE ${city} AND sector = '*' AND due_month < to_char(current_date, 'YYYY-MM')) AS overdue_rolled, (SELECT count(*) FROM hazard WHERE division_code LIKE ${city} AND status <> 'accepted' AND deadline < current_date AND deadline >= date_trunc('month', current_date)) AS overdue_live`,
  },
  {
    name: 'hazard statistics, one year (dashboard)',
    kind: 'stats',
    url: () => '/api/hazards/stats?from=2025-01-01&to=2025-12-31',
    // Whole months from the rollup; distinct reporting enterprises of a bounded period are counted live.
    raw: () =>
      sql`SELECT (SELECT json_agg(g) FROM (SELECT sector, county, sum(n) AS n FROM hazard_rollup WHERE county LIKE ${city} AND sector <> '*' AND month BETWEEN '2025-01' AND '2025-12' GROUP BY GROUPING SETS ((), (sector), (county))) g) AS groups, (SELECT json_agg(m) FROM (SELECT month, sum(n) FROM hazard_rollup WHERE county LIKE ${city} AND sector = '*' AND month BETWEEN '2025-01' AND '2025-12' GROUP BY month) m) AS months, (SELECT count(*) FROM hazard WHERE division_code LIKE ${city} AND status <> 'accepted' AND deadline < current_date AND reported_at >= '2024-12-31T16:00:00Z' AND reported_at < '2025-12-31T16:00:00Z') AS overdue, (SELECT count(DISTINCT enterprise_id) FROM hazard WHERE division_code LIKE ${city} AND reported_at >= '2024-12-31T16:00:00Z' AND reported_at < '2025-12-31T16:00:00Z') AS reporting`,
  },
  {
    name: 'accident list',
    kind: 'list',
    url: () => '/api/accidents?page=1&pageSize=20',
    raw: () => page('accident', sql`division_code LIKE ${city}`, 'occurred_at DESC, id'),
  },
  {
    name: 'accident detail',
    kind: 'detail',
    url: (ids) => `/api/accidents/${ids.accidentId}`,
    raw: (ids) => sql`SELECT * FROM accident WHERE id = ${ids.accidentId} AND division_code LIKE ${city}`,
  },
  {
    name: 'indicators 640500 / 2015 (dashboard)',
    kind: 'stats',
    url: () => '/api/indicators?division=640500&year=2015',
    raw: () =>
      sql`SELECT category, sum(deaths) AS deaths, count(*) FILTER (WHERE grade <> '一般') AS larger, count(*) AS n FROM accident WHERE division_code LIKE ${city} AND stat_year = 2015 GROUP BY category`,
  },
  {
    name: 'user list',
    kind: 'list',
    url: () => '/api/users?page=1&pageSize=20',
    raw: () => page('app_user', sql`division_code LIKE ${city}`, 'created_at DESC, username'),
  },
];

const fmt = (n: number) => n.toFixed(1).padStart(7);

async function main() {
  const sizes = SIZES[size];
  console.log(
    `Anjian benchmark — ${size} scale (${sizes.enterprises} enterprises, ${sizes.hazards} hazards, ${sizes.accidents} accidents)`,
  );
  const { env, drop } = await prepareDatabase();
  // 在线监测 readings arrive through the server's embedded MQTT broker on a port of its own.
  const mqttPort = await freePort();
  const common = {
    MQTT_URL: '',
    ANJIAN_MQTT_HOST: '127.0.0.1',
    ANJIAN_MQTT_PORT: String(mqttPort),
    NODE_ENV: 'production',
    ANJIAN_PUBLIC_ORIGIN: 'http://127.0.0.1',
    ANJIAN_DEMO: 'true', // the bench signs in with the demo accounts
    ANJIAN_SECURE_COOKIES: 'false',
    ANJIAN_LOGIN_RATE_LIMIT: '100000',
    ANJIAN_WRITE_RATE_LIMIT: '0', // the soak writes ~1 400 times a minute from one account
    ...env,
  };
  try {
    // 1. First start migrates and seeds the demo organisation; then stop it (PGlite is single-process).
    const first = await startServer(common);
    await first.stop();
    const handle = await openDatabase({
      databaseUrl: env.DATABASE_URL || undefined,
      dataDir: env.ANJIAN_DATA_DIR as string,
    });
    const kind = handle.kind;
    console.log(`database: ${kind}; generating…`);
    const gen = ingestOnly ? { insertRowsPerSec: 0 } : await generate(handle.db, sizes);
    if (ingestSeconds > 0) await generatePoints(handle.db, ingestPoints);
    // What autovacuum does to a settled database after a bulk load: statistics, and a visibility map that
    // lets index-only scans skip the table (the bounded-period statistics rely on one, migration 0011).
    await sql`VACUUM ANALYZE`.execute(handle.db);
    const ids: Ids | undefined = ingestOnly
      ? undefined
      : {
          enterpriseId: (
            await handle.db
              .selectFrom('enterprise')
              .select('id')
              .orderBy('id')
              .offset(Math.floor(sizes.enterprises / 2))
              .limit(1)
              .executeTakeFirstOrThrow()
          ).id,
          accidentId: (
            await handle.db
              .selectFrom('accident')
              .select('id')
              .orderBy('id')
              .offset(Math.floor(sizes.accidents / 2))
              .limit(1)
              .executeTakeFirstOrThrow()
          ).id,
          hazardId: (
            await handle.db
              .selectFrom('hazard')
              .select('id')
              .orderBy('id')
              .offset(Math.floor(sizes.hazards / 2))
              .limit(1)
              .executeTakeFirstOrThrow()
          ).id,
        };
    console.log(`generated at ${gen.insertRowsPerSec} rows/s (multi-row INSERT through Kysely)`);
    const raw = new Map<string, Awaited<ReturnType<typeof measureRaw>>>();
    // One connection without the server pool's 30 s statement timeout: at province scale under load a raw
    // list query (every matching row counted and sorted) can take longer than that.
    await handle.db.connection().execute(async (conn) => {
      await sql`SET statement_timeout = 0`.execute(conn);
      if (ids) for (const c of cases) raw.set(c.name, await measureRaw(() => c.raw(ids).execute(conn)));
    });
    await handle.close();

    // 2. The server, measured through HTTP as city_admin (the city's whole scope).
    const server = await startServer(common);
    const session = await signIn(server.base);
    const cookie = session.cookie;
    const results = [];
    console.log(
      `\n${'endpoint'.padEnd(40)}   http p50    p95    p99     rps │ raw p50   p95 │ ratio p95 │ target p95`,
    );
    for (const c of cases) {
      if (!ids) break; // --ingest-only
      // Let requests still queued from the previous endpoint finish, so each figure is its own.
      await (await fetch(`${server.base}/api/health`)).arrayBuffer();
      await (await fetch(`${server.base}${c.url(ids)}`, { headers: { cookie } })).arrayBuffer();
      const http = await measureHttp(`${server.base}${c.url(ids)}`, cookie, seconds);
      const r = raw.get(c.name) as { p50: number; p95: number; p99: number };
      const ratio = r.p95 > 0 ? http.p95 / r.p95 : 0;
      const target = TARGET[c.kind];
      const ok = http.p95 <= target && http.errors === 0 && http.non2xx === 0;
      results.push({
        endpoint: c.name,
        url: c.url(ids),
        http,
        raw: r,
        ratioP95: Math.round(ratio * 10) / 10,
        targetP95: target,
        meetsTarget: ok,
      });
      console.log(
        `${c.name.padEnd(40)} ${fmt(http.p50)}${fmt(http.p95)}${fmt(http.p99)} ${String(http.rps).padStart(7)} │${fmt(r.p50)}${fmt(r.p95)} │ ${(ratio.toFixed(1) + '×').padStart(8)} │ ${String(target).padStart(5)} ms ${ok ? '✓' : '✗'}${http.non2xx ? ` (${http.non2xx} non-2xx)` : ''}`,
      );
    }
    let soakReport = null;
    if (soakSeconds > 0 && ids) {
      console.log(`\nsoak: ${soakSeconds} s of mixed reads and 20 % writes, 4 connections…`);
      soakReport = await soak(server, session, ids, soakSeconds);
      console.log(
        `soak: ${soakReport.requests} requests (${soakReport.writes} writes), ${soakReport.errors.length} errors, RSS ${soakReport.rssMiB[0] ?? '?'} → ${soakReport.rssMiB.at(-1) ?? '?'} MiB (growth ×${soakReport.memoryGrowth}) ${soakReport.ok ? '✓' : '✗'}`,
      );
      if (soakReport.errors.length) console.log(soakReport.errors.join('\n'));
    }
    let ingestReport: IngestReport | null = null;
    if (ingestSeconds > 0) {
      console.log(
        `\ningestion: ${ingestRate} readings/s offered over MQTT for ${ingestSeconds} s, hazard list measured beside it…`,
      );
      ingestReport = await ingest(server, session, `mqtt://127.0.0.1:${mqttPort}`, {
        seconds: ingestSeconds,
        rate: ingestRate,
        targetP95: TARGET.list,
      });
      const r = ingestReport;
      console.log(
        `ingestion: ${r.points} points, published ${r.publishedPerSec}/s, stored ${r.acceptedPerSec}/s sustained, lost ${r.lostInTransit} in transit and ${r.lostInServer} in the server${Object.keys(r.dropped).length ? ` (dropped ${JSON.stringify(r.dropped)})` : ''}; hazard list p95 ${r.api.p95} ms (${r.apiIdle.p95} ms without ingestion; target ${r.api.targetP95}) ${r.ok ? '✓' : '✗'}`,
      );
      if (!r.ok) process.exitCode = 1;
    }
    const peak = server.peakRssMiB();
    await server.stop();
    console.log(`\nserver peak RSS: ${peak ?? '?'} MiB`);
    if (soakReport && !soakReport.ok) process.exitCode = 1;
    const out = {
      size,
      sizes,
      database: kind,
      seconds,
      machine: machine(),
      at: new Date().toISOString(),
      generateRowsPerSec: gen.insertRowsPerSec,
      serverPeakRssMiB: peak,
      results,
      soak: soakReport,
      ingest: ingestReport,
    };
    fs.mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/${ingestOnly ? 'ingest' : size}-${kind}.json`;
    fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    console.log(`results written to ${file}`);
  } finally {
    await drop();
  }
}

await main();
