import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies the `.sql` files of `migrations/` in name order, each in its own transaction with its
 * bookkeeping row, under an advisory lock so that two starting instances do not race. Append-only:
 * a file that has run is never edited.
 */
export async function migrate(db: Db): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const files = fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const ran = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(4242001)`.execute(trx);
      const done = await trx
        .selectFrom('schema_migration')
        .select('name')
        .where('name', '=', file)
        .executeTakeFirst();
      if (done) return false;
      await sql.raw(fs.readFileSync(path.join(migrationsDir, file), 'utf8')).execute(trx);
      await trx.insertInto('schema_migration').values({ name: file }).execute();
      return true;
    });
    if (ran) applied.push(file);
  }
  return applied;
}
