import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type BuiltApp, buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';

export { DEMO_PASSWORD };
export type Engine = 'pglite' | 'postgresql';

/** The engines API tests run on: always PGlite; the PostgreSQL server when ANJIAN_TEST_DATABASE_URL is set. */
export const engines: Engine[] = process.env.ANJIAN_TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

/** A fresh, empty database on the test server, dropped again by the returned function. */
export async function freshServerDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
  recreate: () => Promise<void>;
}> {
  const base = process.env.ANJIAN_TEST_DATABASE_URL as string;
  const name = `anjian_t_${crypto.randomBytes(6).toString('hex')}`;
  const exec = async (...queries: string[]) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    for (const q of queries) await c.query(q);
    await c.end();
  };
  await exec(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const drop = `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`;
  return {
    url: url.toString(),
    drop: () => exec(drop),
    /** Drops and creates the database again, empty (a "wipe" for restore tests). */
    recreate: () => exec(drop, `CREATE DATABASE ${name}`),
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig(
    { NODE_ENV: 'test' },
    {
      dataDir: 'memory://',
      scryptCost: 1024,
      logLevel: 'silent',
      auditKey: 'test-audit-key',
      demo: true,
      loginRateLimit: 1000,
      writeRateLimit: 100_000,
      webDist: '/nonexistent',
      ...overrides,
    },
  );
}

/** Builds a seeded app on a new database of the given engine. */
export async function startTestApp(
  engine: Engine,
  overrides: Partial<Config> = {},
): Promise<BuiltApp & { stop: () => Promise<void> }> {
  const server = engine === 'postgresql' ? await freshServerDatabase() : undefined;
  const built = await buildApp(testConfig({ databaseUrl: server?.url, ...overrides }));
  await built.app.ready();
  return {
    ...built,
    stop: async () => {
      await built.app.close();
      await server?.drop();
    },
  };
}

/**
 * Declares a suite once per engine; `t()` gives the suite's app (one database per engine per file,
 * since a PGlite instance costs about half a gigabyte).
 */
export function describeEachEngine(
  name: string,
  body: (t: () => BuiltApp) => void,
  overrides: Partial<Config> = {},
) {
  for (const engine of engines) {
    describe(`${name} [${engine}]`, () => {
      let built: (BuiltApp & { stop: () => Promise<void> }) | undefined;
      beforeAll(async () => {
        built = await startTestApp(engine, overrides);
      });
      afterAll(async () => {
        await built?.stop();
      });
      body(() => {
        if (!built) throw new Error('app not started');
        return built;
      });
    });
  }
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Signs in through the API and returns the cookie and CSRF token a browser would hold. */
export async function login(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'anjian_sid');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json();
  return { cookie: `anjian_sid=${cookie.value}`, csrf: body.csrfToken, userId: body.user.id };
}

/** Calls the API as a signed-in user, sending the CSRF header on writes. */
export function call(
  app: FastifyInstance,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** The newest audit rows, for asserting what a request recorded. */
export async function latestAudit(built: BuiltApp, n = 5) {
  return built.ctx.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(n).execute();
}

/** The enterprise of the demo account `ent_user` (username as given). */
export async function enterpriseOf(built: BuiltApp, username = 'ent_user'): Promise<string> {
  const row = await built.ctx.db
    .selectFrom('app_user')
    .select('enterprise_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  if (!row.enterprise_id) throw new Error(`${username} has no enterprise`);
  return row.enterprise_id;
}
