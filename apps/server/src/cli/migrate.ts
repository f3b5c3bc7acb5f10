/**
 * `npm run migrate`: applies pending migrations to the configured database and exits.
 * `npm run migrate -- --accept-changed <file>`: records the current checksum of an applied migration
 * that was edited, once you have made sure the database matches the edited file (decision 0010).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { MigrationDriftError, acceptChangedMigration, migrate } from '../db/migrate.ts';

const { values } = parseArgs({ options: { 'accept-changed': { type: 'string', multiple: true } } });
const config = loadConfig();
const handle = await openDatabase(config);
try {
  for (const name of values['accept-changed'] ?? []) {
    await acceptChangedMigration(handle.db, name);
    console.log(`recorded the current checksum of ${name}`);
  }
  const applied = await migrate(handle.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} catch (e) {
  if (!(e instanceof MigrationDriftError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
