import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshServerDatabase } from '../../test/test-app.ts';
import { type DatabaseHandle, openDatabase } from './database.ts';
import {
  MigrationDriftError,
  acceptChangedMigration,
  migrate,
  migrationChecksum,
  migrationsDir,
  readMigrations,
} from './migrate.ts';

/**
 * Migrations cannot drift (issue 10 §6, decision 0010): each engine migrates a fresh database from a
 * copy of migrations/, then the copy is edited, extended and trimmed the ways a working tree can be.
 */
describe.each(engines)('migrations [%s]', (engine) => {
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-migrations-'));
  const file = (name: string) => path.join(dir, name);
  const real = readMigrations().map((m) => m.name);

  beforeAll(async () => {
    fs.cpSync(migrationsDir, dir, { recursive: true });
    const server = engine === 'postgresql' ? await freshServerDatabase() : undefined;
    drop = server?.drop;
    handle = await openDatabase({ databaseUrl: server?.url, dataDir: 'memory://' });
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const recorded = () =>
    handle.db.selectFrom('schema_migration').select(['name', 'checksum']).orderBy('name').execute();

  it('applies every file once and records its checksum', async () => {
    expect(await migrate(handle.db, { dir })).toEqual(real);
    expect(await migrate(handle.db, { dir })).toEqual([]);
    expect(await recorded()).toEqual(
      real.map((name) => ({ name, checksum: migrationChecksum(fs.readFileSync(file(name), 'utf8')) })),
    );
  });

  it('refuses to start when an applied file was edited, naming the file and the way out', async () => {
    const original = fs.readFileSync(file('0004_hazard.sql'), 'utf8');
    fs.writeFileSync(
      file('0004_hazard.sql'),
      `${original}\nCREATE INDEX hazard_edit_idx ON hazard (location);\n`,
    );
    const refusal = await migrate(handle.db, { dir }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(MigrationDriftError);
    expect((refusal as MigrationDriftError).changed).toEqual(['0004_hazard.sql']);
    expect((refusal as Error).message).toContain('0004_hazard.sql was changed after it was applied');
    expect((refusal as Error).message).toContain('git checkout --');
    expect((refusal as Error).message).toContain('--accept-changed 0004_hazard.sql');
    // Nothing of the edit ran.
    const index = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_indexes
      WHERE indexname = 'hazard_edit_idx'`.execute(handle.db);
    expect(index.rows[0]?.n).toBe(0);

    // Restoring the file is the way out; CRLF line endings of a Windows checkout are not an edit.
    fs.writeFileSync(file('0004_hazard.sql'), original.replace(/\n/g, '\r\n'));
    expect(await migrate(handle.db, { dir })).toEqual([]);
    fs.writeFileSync(file('0004_hazard.sql'), original);
  });

  it('accepts an edited file only when told to', async () => {
    const original = fs.readFileSync(file('0010_security_alert.sql'), 'utf8');
    fs.writeFileSync(file('0010_security_alert.sql'), `-- a comment added later\n${original}`);
    await expect(migrate(handle.db, { dir })).rejects.toThrow(/0010_security_alert\.sql was changed/);
    await acceptChangedMigration(handle.db, '0010_security_alert.sql', dir);
    expect(await migrate(handle.db, { dir })).toEqual([]);
    await expect(acceptChangedMigration(handle.db, '9999_nothing.sql', dir)).rejects.toThrow(
      /not a migration/,
    );
    fs.writeFileSync(file('0010_security_alert.sql'), original);
    await acceptChangedMigration(handle.db, '0010_security_alert.sql', dir);
  });

  it('refuses a database migrated by files this version does not have', async () => {
    fs.renameSync(file('0011_hazard_indexes.sql'), path.join(os.tmpdir(), `0011-${engine}.sql`));
    await expect(migrate(handle.db, { dir })).rejects.toThrow(
      /0011_hazard_indexes\.sql was applied to this database but is not in/,
    );
    fs.renameSync(path.join(os.tmpdir(), `0011-${engine}.sql`), file('0011_hazard_indexes.sql'));
  });

  it('fills the checksums of a database migrated before they were recorded', async () => {
    await sql`ALTER TABLE schema_migration DROP COLUMN checksum`.execute(handle.db);
    expect(await migrate(handle.db, { dir })).toEqual([]);
    expect((await recorded()).length).toBe(real.length);
    expect((await recorded()).every((r) => r.checksum && r.checksum.length === 64)).toBe(true);
    // From then on an edit is refused like anywhere else.
    fs.appendFileSync(file('0009_hazard_rollup.sql'), '\n-- edited\n');
    await expect(migrate(handle.db, { dir })).rejects.toThrow(/0009_hazard_rollup\.sql was changed/);
    fs.writeFileSync(
      file('0009_hazard_rollup.sql'),
      fs.readFileSync(path.join(migrationsDir, '0009_hazard_rollup.sql')),
    );
  });

  it('runs timestamped files after the numbered ones, in time order, and a late-merged earlier one too', async () => {
    // The later file needs the earlier one's table: a wrong order fails.
    fs.writeFileSync(file('20990101T1810_order_b.sql'), 'ALTER TABLE zz_order ADD COLUMN b int;');
    fs.writeFileSync(file('20990101T0905_order_a.sql'), 'CREATE TABLE zz_order (a int);');
    expect(readMigrations(dir).map((m) => m.name)).toEqual([
      ...real,
      '20990101T0905_order_a.sql',
      '20990101T1810_order_b.sql',
    ]);
    expect(await migrate(handle.db, { dir })).toEqual([
      '20990101T0905_order_a.sql',
      '20990101T1810_order_b.sql',
    ]);
    // A branch merged after them with an earlier stamp still runs: every pending file runs, not only later ones.
    fs.writeFileSync(file('20261201T1200_order_late.sql'), 'ALTER TABLE zz_order ADD COLUMN late int;');
    expect(await migrate(handle.db, { dir })).toEqual(['20261201T1200_order_late.sql']);
    const columns = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns
      WHERE table_name = 'zz_order' ORDER BY ordinal_position`.execute(handle.db);
    expect(columns.rows.map((c) => c.column_name)).toEqual(['a', 'b', 'late']);
  });
});
