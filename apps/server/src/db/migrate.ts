import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

export const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const LOCK = 4242001;

/** A migration file as the runner sees it. */
interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/**
 * SHA-256 of a migration's text. Line endings are normalised so that a checkout with CRLF (Windows,
 * core.autocrlf) does not count as an edit.
 */
export function migrationChecksum(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * The `.sql` files of a folder in the order they run: by name, compared code unit by code unit (not by
 * locale), so the numbered files 0001–0011 come before the UTC-timestamped ones (decision 0010).
 */
export function readMigrations(dir = migrationsDir): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: migrationChecksum(text) };
    });
}

/** Refusal to start: an applied migration is not the file it was (decision 0010). */
export class MigrationDriftError extends Error {
  constructor(
    readonly changed: string[],
    readonly missing: string[],
    dir: string,
  ) {
    const lines = [
      ...changed.map(
        (f) =>
          `- ${f} was changed after it was applied to this database. Applied migrations are never edited: ` +
          `restore it (git checkout -- ${path.relative(process.cwd(), path.join(dir, f))}) and put the change ` +
          `in a new migration. If this database already matches the edited file, record its checksum with ` +
          `\`npm run migrate -- --accept-changed ${f}\`.`,
      ),
      ...missing.map(
        (f) =>
          `- ${f} was applied to this database but is not in ${dir}: the database was migrated by a newer or ` +
          `different version of Anjian. Run that version, or restore from a backup taken before it.`,
      ),
    ];
    super(
      `The migrations applied to this database do not match the files; nothing was run.\n${lines.join('\n')}`,
    );
    this.name = 'MigrationDriftError';
  }
}

/**
 * Applies the `.sql` files of `migrations/` in name order, each in its own transaction with its
 * bookkeeping row (name and checksum), under an advisory lock so that two starting instances do not
 * race. Before anything runs, every applied file is compared with its recorded checksum: an edited or
 * vanished file refuses the start (MigrationDriftError). Rows recorded before checksums existed get the
 * current file's checksum on their first run (decision 0010).
 */
export async function migrate(db: Db, options: { dir?: string } = {}): Promise<string[]> {
  const dir = options.dir ?? migrationsDir;
  const files = readMigrations(dir);
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(LOCK)})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migration (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(), checksum text)`.execute(trx);
    await sql`ALTER TABLE schema_migration ADD COLUMN IF NOT EXISTS checksum text`.execute(trx);
    const byName = new Map(files.map((f) => [f.name, f]));
    const changed: string[] = [];
    const missing: string[] = [];
    for (const row of await trx.selectFrom('schema_migration').select(['name', 'checksum']).execute()) {
      const file = byName.get(row.name);
      if (!file) missing.push(row.name);
      else if (row.checksum === null)
        await trx
          .updateTable('schema_migration')
          .set({ checksum: file.checksum })
          .where('name', '=', row.name)
          .execute();
      else if (row.checksum !== file.checksum) changed.push(row.name);
    }
    if (changed.length || missing.length) throw new MigrationDriftError(changed.sort(), missing.sort(), dir);
  });
  const applied: string[] = [];
  for (const file of files) {
    const ran = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${sql.lit(LOCK)})`.execute(trx);
      const done = await trx
        .selectFrom('schema_migration')
        .select('name')
        .where('name', '=', file.name)
        .executeTakeFirst();
      if (done) return false;
      await sql.raw(file.sql).execute(trx);
      await trx.insertInto('schema_migration').values({ name: file.name, checksum: file.checksum }).execute();
      return true;
    });
    if (ran) applied.push(file.name);
  }
  return applied;
}

/**
 * Records the current checksum of an applied migration whose file was edited, for an operator who has
 * made sure the database already matches the edited file (the way out MigrationDriftError names).
 */
export async function acceptChangedMigration(db: Db, name: string, dir = migrationsDir): Promise<void> {
  const file = readMigrations(dir).find((f) => f.name === name);
  if (!file) throw new Error(`${name} is not a migration in ${dir}`);
  const res = await db
    .updateTable('schema_migration')
    .set({ checksum: file.checksum })
    .where('name', '=', name)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new Error(`${name} has not been applied to this database`);
}

/**
 * How the database stands against the migration files, without changing anything (readiness): files not
 * yet applied, applied files since edited, and applied migrations this version does not have.
 */
export async function migrationStatus(db: Db, dir = migrationsDir) {
  const files = readMigrations(dir);
  const rows = await db.selectFrom('schema_migration').select(['name', 'checksum']).execute();
  const applied = new Map(rows.map((r) => [r.name, r.checksum]));
  const known = new Set(files.map((f) => f.name));
  return {
    pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
    changed: files
      .filter(
        (f) => applied.has(f.name) && applied.get(f.name) !== null && applied.get(f.name) !== f.checksum,
      )
      .map((f) => f.name),
    unknown: rows.filter((r) => !known.has(r.name)).map((r) => r.name),
  };
}
