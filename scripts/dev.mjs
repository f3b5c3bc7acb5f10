#!/usr/bin/env node
// Development: the API server (restarted on change by `node --watch`) and Vite's dev server (which
// proxies /api to it) side by side, their output prefixed, both stopped together.
import { spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

const tasks = [
  {
    name: 'server',
    color: 36,
    cmd: process.execPath,
    args: ['--import', 'tsx', '--watch', 'apps/server/src/main.ts'],
  },
  { name: 'web', color: 35, cmd: process.execPath, args: [viteBin, '--config', 'apps/web/vite.config.ts'] },
];

const children = [];
let stopping = false;

function prefixLines(name, color, stream, out) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`\x1b[${color}m[${name}]\x1b[0m ${line}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(`\x1b[${color}m[${name}]\x1b[0m ${rest}\n`);
  });
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  // Whatever ignores SIGTERM is killed after a grace period.
  const timer = setTimeout(() => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 5000);
  timer.unref();
  Promise.all(
    children.map((c) =>
      c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)),
    ),
  ).then(() => process.exit(code));
}

for (const task of tasks) {
  const child = spawn(task.cmd, task.args, {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixLines(task.name, task.color, child.stdout, process.stdout);
  prefixLines(task.name, task.color, child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`[dev] ${task.name} exited (${signal ?? code}); stopping the other process\n`);
      stopAll(code ?? 1);
    }
  });
  children.push(child);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(0));
process.on('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
