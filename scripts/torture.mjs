// `npm run torture`: the reliability tests at full strength (issue 15 item 10), loopback only, then
// docs/reliability.md from the figures the tests recorded. Counts can be lowered through the
// ANJIAN_TORTURE_* variables (see apps/server/test/strength.ts) when the machine is shared.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const figuresFile = path.join(os.tmpdir(), `anjian-torture-${process.pid}.jsonl`);
const files = [
  'apps/server/src/db/crash-safety.test.ts',
  'apps/server/src/platform/http/fuzz.test.ts',
  'apps/server/src/platform/access/authorization.property.test.ts',
];
const started = Date.now();
// Its own process group, so the time bound stops vitest, its workers and the servers they spawned.
const child = spawn(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--project', 'api', ...files],
  {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, ANJIAN_TORTURE: '1', ANJIAN_TORTURE_FIGURES: figuresFile },
  },
);
// A bound for a shared machine: ANJIAN_TORTURE_MINUTES stops the run; what finished is still written.
const bound = setTimeout(
  () => process.kill(-child.pid, 'SIGKILL'),
  Number(process.env.ANJIAN_TORTURE_MINUTES || 60) * 60_000,
);
const run = await new Promise((resolve) => child.on('exit', (status, signal) => resolve({ status, signal })));
clearTimeout(bound);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const rows = fs.existsSync(figuresFile)
  ? fs
      .readFileSync(figuresFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
const sum = (test, key) => rows.filter((r) => r.test.startsWith(test)).reduce((a, r) => a + (r[key] ?? 0), 0);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const engines = process.env.ANJIAN_TEST_DATABASE_URL ? 'PGlite and PostgreSQL' : 'PGlite only';
const crash = rows.filter((r) => r.test.startsWith('crash'));
const table = [
  ...crash.flatMap((r) => [
    `| SIGKILL rounds ${r.test} | ${r.rounds} |`,
    `| acknowledged writes (departments, hazard reports and assessments, import batches) ${r.test} | ${r.acknowledged} |`,
    `| lost ${r.test} | ${r.lost} |`,
    `| half-done (no audit row, or an import partly written) ${r.test} | ${r.halfDone} |`,
  ]),
  `| fuzzed requests (all engines) | ${sum('fuzz', 'requests')} |`,
  `| 5xx answers | ${sum('fuzz', 'fivexx')} |`,
  `| fuzz problems (5xx, stack trace, write on refusal, unstructured error) | ${sum('fuzz', 'problems')} |`,
  `| oracle cases (all engines) | ${sum('oracle', 'cases')} |`,
  `| oracle disagreements | ${sum('oracle', 'disagreements')} |`,
];
const doc = `# Reliability figures (\`npm run torture\`)

Last run: ${new Date().toISOString()} on commit \`${commit}\`, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB,
Node ${process.version}, engines: ${engines}. Took ${minutes} min; vitest exit code ${run.status}${run.signal ? ` (stopped by the time bound: ${run.signal})` : ''}.
CI runs the same tests short (3 kill rounds, 20 fuzz runs per operation, 50 oracle cases).

| figure | value |
|---|---|
${table.join('\n')}

A test that did not reach its end records nothing above; the vitest exit code says whether all passed.
`;
fs.writeFileSync('docs/reliability.md', doc);
console.log(doc);
process.exit(run.status ?? 1);
