import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

// PostgreSQL bigint (int8) and numeric come back as strings by default; counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * Opens the database chosen by configuration: node-postgres against a server when DATABASE_URL is
 * set, otherwise PGlite (embedded PostgreSQL) wired through the same node-postgres Pool so that both
 * engines share one code path and one set of result types.
 */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10, statement_timeout: 30_000 });
    // An idle client losing its connection (server restart, database dropped) must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const dir = config.dataDir === 'memory://' ? 'memory://' : path.join(config.dataDir, 'pglite');
  if (dir !== 'memory://') fs.mkdirSync(dir, { recursive: true });
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  // pg_trgm backs the substring-search indexes (migration 20261204T0055).
  const pglite = await PGlite.create(dir, { relaxedDurability: false, extensions: { pg_trgm } });
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
