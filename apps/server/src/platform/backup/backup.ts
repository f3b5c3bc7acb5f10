import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Config } from '../../config.ts';

const run = promisify(execFile);

/**
 * Backup and restore (SECURITY.md BK-01). PostgreSQL server: `pg_dump` custom format and `pg_restore`
 * into an empty database. PGlite: a consistent tarball of the data directory from PGlite itself
 * (`dumpDataDir`), restored with `loadDataDir`. The audit key is not in the backup on purpose
 * (AU-03 keeps it outside the database): back up `ANJIAN_AUDIT_KEY` / `audit.key` separately.
 * Stop the server first when using PGlite (it is single-process).
 */
export async function backup(config: Pick<Config, 'databaseUrl' | 'dataDir'>, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (config.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, config.databaseUrl]);
    return;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(path.join(config.dataDir, 'pglite'));
  try {
    const dump = await pglite.dumpDataDir('gzip');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

/** Restores into an empty target: an empty server database, or a data directory without PGlite files. */
export async function restore(config: Pick<Config, 'databaseUrl' | 'dataDir'>, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no backup file at ${file}`);
  if (config.databaseUrl) {
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${config.databaseUrl}`, file]);
    return;
  }
  const dir = path.join(config.dataDir, 'pglite');
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: move it away before restoring`);
  fs.mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(dir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  await pglite.close();
}
