/**
 * `node --import tsx bench/search.ts [--engine pglite|postgresql] [--enterprises N] [--seconds N]`
 *
 * Free-text enterprise search (issue 14 item 3) at province scale: generates N enterprises (100 000 by
 * default, no hazards), then measures each search p95 raw and through HTTP without the trigram indexes and
 * with them. postgresql needs ANJIAN_BENCH_DATABASE_URL (a server it may create and drop a database on).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { COUNT_CAP } from '../apps/server/src/db/count.ts';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { generate } from './generate.ts';
import { freePort, measureHttp, measureRaw, signIn, startServer } from './harness.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    enterprises: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '3' },
  },
});
const engine = args.engine === 'postgresql' ? 'postgresql' : 'pglite';
const enterprises = Math.max(1, Number(args.enterprises));
const seconds = Math.max(1, Number(args.seconds));

// What users type: a name fragment (5, 4 and 2 characters), an address fragment, the middle of a credit code.
const QUERIES = ['中卫市安泰', '安泰化工', '化工', '滨河镇', '6405'];
const INDEXES = {
  enterprise_name_trgm: 'name',
  enterprise_credit_code_trgm: 'credit_code',
  enterprise_address_trgm: 'address',
};

async function prepare(): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-search-bench-'));
  if (engine === 'pglite')
    return {
      env: { ANJIAN_DATA_DIR: dataDir, DATABASE_URL: '' },
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  const base = process.env.ANJIAN_BENCH_DATABASE_URL;
  if (!base) throw new Error('--engine postgresql needs ANJIAN_BENCH_DATABASE_URL');
  const name = `anjian_search_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { ANJIAN_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The repository's WHERE for city_admin and q (enterprise.repository.ts), with its page and capped count. */
const searchSql = (q: string) => {
  const like = `%${q}%`;
  const where = /^[0-9A-Za-z]{2,18}$/.test(q)
    ? sql`division_code LIKE '6405%' AND (name ILIKE ${like} OR address ILIKE ${like} OR credit_code LIKE ${like.toUpperCase()})`
    : sql`division_code LIKE '6405%' AND (name ILIKE ${like} OR address ILIKE ${like})`;
  return sql`SELECT *, (SELECT count(*) FROM (SELECT 1 FROM enterprise WHERE ${where} LIMIT ${COUNT_CAP + 1}) t) AS total
    FROM enterprise WHERE ${where} ORDER BY updated_at DESC, id LIMIT 20`;
};

async function main() {
  const { env, drop } = await prepare();
  const common = {
    MQTT_URL: '',
    ANJIAN_MQTT_HOST: '127.0.0.1',
    ANJIAN_MQTT_PORT: String(await freePort()),
    NODE_ENV: 'production',
    ANJIAN_PUBLIC_ORIGIN: 'http://127.0.0.1',
    ANJIAN_DEMO: 'true',
    ANJIAN_SECURE_COOKIES: 'false',
    ANJIAN_LOGIN_RATE_LIMIT: '100000',
    ...env,
  };
  const open = () =>
    openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.ANJIAN_DATA_DIR as string });
  const rows: string[] = [];
  try {
    await (await startServer(common)).stop(); // migrates and seeds the demo organisation
    let handle = await open();
    const t0 = performance.now();
    await generate(handle.db, { enterprises, hazards: 0, accidents: 0 });
    console.log(`${engine}: ${enterprises} enterprises in ${Math.round(performance.now() - t0)} ms`);
    for (const index of Object.keys(INDEXES)) await sql`DROP INDEX ${sql.id(index)}`.execute(handle.db);
    await sql`VACUUM ANALYZE enterprise`.execute(handle.db);
    for (const phase of ['without index', 'with index'] as const) {
      if (phase === 'with index') {
        handle = await open();
        for (const [index, column] of Object.entries(INDEXES))
          await sql`CREATE INDEX ${sql.id(index)} ON enterprise USING gin (${sql.id(column)} gin_trgm_ops)`.execute(
            handle.db,
          );
        await sql`ANALYZE enterprise`.execute(handle.db);
      }
      const raw = new Map<string, { p95: number; total: number }>();
      for (const q of QUERIES) {
        const r = await measureRaw(() => searchSql(q).execute(handle.db), 20);
        const first = await searchSql(q).execute(handle.db);
        raw.set(q, { p95: r.p95, total: Number((first.rows[0] as { total?: string })?.total ?? 0) });
      }
      await handle.close(); // PGlite is single-process: the server opens it next
      const server = await startServer(common);
      try {
        const { cookie } = await signIn(server.base);
        for (const q of QUERIES) {
          const url = `${server.base}/api/enterprises?page=1&pageSize=20&q=${encodeURIComponent(q)}`;
          await (await fetch(url, { headers: { cookie } })).arrayBuffer();
          const http = await measureHttp(url, cookie, seconds);
          const r = raw.get(q)!;
          const line = `| ${engine} | ${phase} | ${q} | ${r.total} | ${r.p95} | ${http.p95} | ${http.rps} | ${http.non2xx + http.errors} |`;
          rows.push(line);
          console.log(line);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await drop();
  }
  console.log('\n| engine | indexes | q | matches (capped) | raw p95 ms | http p95 ms | rps | errors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}

await main();
