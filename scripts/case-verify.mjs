#!/usr/bin/env node
// 执法全过程记录 verifier (issue 13 item 6): proves that nothing in an exported bundle was added, removed or
// altered, without the server or its database. Plain Node (node:crypto, node:fs, node:path only):
//   npm run case:verify -- <bundle-dir>      or, inside a bundle,      node verify.mjs .
// Each step's hash is SHA-256 of the canonical JSON (keys sorted at every depth, no whitespace) of
// {chain, seq, stepType, at, actor, data, attachmentHashes, prevHash}; the first prevHash is 64 zeros.
// Names the first broken step and exits 1; exits 0 when every step, attachment and document verifies.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const GENESIS = '0'.repeat(64);

function canonicalJson(value) {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** The bundle's verdict: { ok, steps, problems: [{ seq, stepType, problem }] } (first problem first). */
export function verifyBundle(dir) {
  const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
  const problems = [];
  const fail = (step, problem) =>
    problems.push({ seq: step?.seq ?? null, stepType: step?.stepType ?? null, problem });
  const steps = Array.isArray(bundle.steps) ? bundle.steps : [];
  if (steps.length === 0) fail(null, 'the bundle holds no step');
  const byHash = new Map();
  for (const d of bundle.documents ?? []) byHash.set(d.sha256, path.join(dir, d.file));
  let prev = GENESIS;
  steps.forEach((s, i) => {
    if (problems.length) return;
    if (s.seq !== i + 1)
      return fail(s, `step number ${s.seq} where ${i + 1} was expected: a step was removed or inserted`);
    if (s.chain !== bundle.chain) return fail(s, `belongs to chain ${s.chain}, not ${bundle.chain}`);
    if (s.prevHash !== prev)
      return fail(
        s,
        'its previous hash is not the hash of the step before it: a step was removed, inserted or reordered',
      );
    const { hash, ...content } = s;
    const computed = sha256(canonicalJson(content));
    if (computed !== hash) return fail(s, 'its content does not match its hash: the step was altered');
    for (const h of s.attachmentHashes ?? []) {
      const file = byHash.get(h) ?? path.join(dir, 'attachments', h);
      if (!fs.existsSync(file)) return fail(s, `attachment ${h} is missing from the bundle`);
      if (sha256(fs.readFileSync(file)) !== h)
        return fail(s, `attachment ${h} was altered (its SHA-256 differs)`);
    }
    prev = hash;
  });
  if (!problems.length && bundle.head && (bundle.head.seq !== steps.length || bundle.head.hash !== prev))
    fail(
      steps.at(-1),
      `the chain ends at step ${steps.length}, but its head says step ${bundle.head.seq}: steps were removed from the end`,
    );
  if (!problems.length)
    for (const d of bundle.documents ?? []) {
      const file = path.join(dir, d.file);
      if (!fs.existsSync(file)) fail(null, `document ${d.number} (${d.file}) is missing`);
      else if (sha256(fs.readFileSync(file)) !== d.sha256)
        fail(null, `document ${d.number} was altered (its SHA-256 differs)`);
      if (problems.length) break;
    }
  return { ok: problems.length === 0, chain: bundle.chain, steps: steps.length, head: prev, problems };
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = process.argv[2] ?? '.';
  if (!fs.existsSync(path.join(dir, 'bundle.json'))) {
    console.error(`usage: node case-verify.mjs <bundle-dir> (no bundle.json in ${dir})`);
    process.exit(2);
  }
  const r = verifyBundle(dir);
  if (r.ok) {
    console.log(`OK ${r.chain}: ${r.steps} steps verify; head ${r.head}`);
  } else {
    const p = r.problems[0];
    console.error(
      `BROKEN ${r.chain}: ${p.seq === null ? '' : `step ${p.seq} (${p.stepType}): `}${p.problem}`,
    );
    process.exitCode = 1;
  }
}
