/**
 * `npm run case:export -- <chain> [dir]`: writes the 执法全过程记录 of one record (`case:<id>`) as a
 * self-contained bundle (bundle.json, attachments/, documents/, verify.mjs), verifiable offline with
 * `npm run case:verify -- <dir>` or `node <dir>/verify.mjs <dir>`. Attachments are read from the upload
 * store under the data directory (stored by SHA-256).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { exportBundle } from '../platform/records/records.ts';

const [chain, target] = process.argv.slice(2);
if (!chain) {
  console.error('usage: npm run case:export -- <chain, e.g. case:<id>> [dir]');
  process.exit(2);
}
const config = loadConfig();
const dir = target ?? `bundle-${chain.replace(/[^A-Za-z0-9-]/g, '_')}`;
const stores = [path.join(config.dataDir, 'uploads'), path.join(config.dataDir, 'uploads', 'photos')];
const handle = await openDatabase(config);
try {
  const r = await exportBundle(handle.db, chain, dir, {
    readAttachment: async (sha) => {
      for (const s of stores) {
        const file = path.join(s, sha.slice(0, 2), sha);
        if (fs.existsSync(file)) return fs.readFileSync(file);
      }
      return null;
    },
  });
  console.log(
    `${chain} → ${dir}: ${r.steps} steps, ${r.attachments} attachments, ${r.documents} documents; head ${r.head}`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  await handle.close();
}
