#!/usr/bin/env node
// `prestart`: builds the web client once when dist/web/index.html is missing, so that a fresh clone
// answers `npm start` with a working site. Set ANJIAN_SKIP_WEB_BUILD=1 to skip (API-only deployments).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const index = path.join(root, 'dist', 'web', 'index.html');

if (process.env.ANJIAN_SKIP_WEB_BUILD === '1') process.exit(0);
if (fs.existsSync(index)) process.exit(0);

console.log('[prestart] dist/web/index.html is missing: building the web client (vite build)…');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error('[prestart] the web build failed; the API still starts, the site will say it is not built');
  process.exit(result.status ?? 1);
}
