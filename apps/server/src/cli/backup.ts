/** `npm run backup -- <file>` / `npm run restore -- <file>`: see platform/backup/backup.ts (BK-01). */
import { loadConfig } from '../config.ts';
import { backup, restore } from '../platform/backup/backup.ts';

const [command, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('usage: npm run backup -- <file>   |   npm run restore -- <file>');
  process.exit(2);
}
const config = loadConfig();
await (command === 'backup' ? backup(config, file) : restore(config, file));
console.log(
  `${command} done: ${file} (${config.databaseUrl ? 'PostgreSQL server' : `PGlite in ${config.dataDir}`})`,
);
