import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { canonicalJson } from '../audit/audit.ts';
import { documentsOf, readDocumentPdf } from '../documents/documents.ts';
import * as repo from './records.repository.ts';

/** The previous hash of a chain's first step. */
export const GENESIS = '0'.repeat(64);
export const BUNDLE_FORMAT = 'anjian-record-bundle/1';
const SHA256 = /^[0-9a-f]{64}$/;

export interface RecordStep {
  chain: string;
  seq: number;
  stepType: string;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
  actor: string | null;
  data: unknown;
  attachmentHashes: string[];
  prevHash: string;
}

/**
 * SHA-256 of the canonical JSON (keys sorted at every depth) of the step, its attachments' hashes and the
 * previous hash. scripts/case-verify.mjs computes the same without the server: keep the two in step.
 */
export const stepHash = (s: RecordStep): string =>
  crypto.createHash('sha256').update(canonicalJson(s)).digest('hex');

export interface AppendRecordInput {
  /** `case:<id>`, `inspection:<id>`: one chain per record. */
  chain: string;
  /** The division the record belongs to (distribution key). */
  divisionCode: string;
  /** 立案, 调查取证, 告知 … in the issuing module's words. */
  stepType: string;
  data: unknown;
  /** SHA-256 of each file attached to the step (photos, evidence, issued documents' PDFs). */
  attachmentHashes?: readonly string[];
  /** Who took the step, as it should read in the bundle (a name, not an id). */
  actor?: string | null;
  at?: Date;
}

/**
 * Appends a step to a chain inside the caller's transaction (the step's change commits or rolls back with
 * it). Concurrent appends to one chain are ordered by an advisory lock, so the chain stays linear.
 */
export async function appendRecord(
  trx: Db,
  input: AppendRecordInput,
): Promise<{ seq: number; hash: string }> {
  const hashes = [...(input.attachmentHashes ?? [])];
  const bad = hashes.filter((h) => !SHA256.test(h));
  if (bad.length) throw new Error(`附件哈希应为 64 位小写十六进制：${bad.join(', ')}`);
  const head = await repo.lockChainHead(trx, input.chain);
  const at = input.at ?? new Date();
  const step: RecordStep = {
    chain: input.chain,
    seq: (head?.seq ?? 0) + 1,
    stepType: input.stepType,
    at: at.toISOString(),
    actor: input.actor ?? null,
    // As jsonb will give it back: undefined fields dropped, so the hash verifies after the round trip.
    data: JSON.parse(JSON.stringify(input.data ?? null)) as unknown,
    attachmentHashes: hashes,
    prevHash: head?.hash ?? GENESIS,
  };
  const hash = stepHash(step);
  await repo.insertStep(trx, {
    chain: step.chain,
    seq: step.seq,
    division_code: input.divisionCode,
    step_type: step.stepType,
    at,
    actor: step.actor,
    data: JSON.stringify(step.data),
    attachment_hashes: hashes,
    prev_hash: step.prevHash,
    hash,
  });
  return { seq: step.seq, hash };
}

const stepOf = (r: repo.StepRow): RecordStep & { hash: string } => ({
  chain: r.chain,
  seq: r.seq,
  stepType: r.step_type,
  at: r.at.toISOString(),
  actor: r.actor,
  data: r.data,
  attachmentHashes: r.attachment_hashes,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export const recordSteps = async (db: Db, chain: string) => (await repo.chainSteps(db, chain)).map(stepOf);

export interface ExportOptions {
  /** The bytes of an attachment by its SHA-256 (the attachment store); null when it is not there. */
  readAttachment: (sha256: string) => Promise<Buffer | null>;
}

/**
 * Writes a self-contained bundle of a chain into `dir`: `bundle.json` (the steps with their hashes, the
 * documents issued for the record, the head), `attachments/<sha256>`, `documents/<id>.pdf` and a copy of
 * the verifier, `verify.mjs` (`node verify.mjs .` needs nothing else). Documents are those whose subject is
 * the chain's record (`case:<id>` → subject case/<id>).
 */
export async function exportBundle(
  db: Db,
  chain: string,
  dir: string,
  opts: ExportOptions,
): Promise<{ steps: number; attachments: number; documents: number; head: string }> {
  const steps = await recordSteps(db, chain);
  if (steps.length === 0) throw new AppError('NOT_FOUND', `记录链不存在：${chain}`);
  const [subjectType = '', subjectId = ''] = chain.split(':');
  const docs = await documentsOf(db, { type: subjectType, id: subjectId });
  fs.mkdirSync(path.join(dir, 'attachments'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'documents'), { recursive: true });
  const docHashes = new Set(docs.map((d) => d.sha256));
  for (const d of docs)
    fs.writeFileSync(path.join(dir, 'documents', `${d.id}.pdf`), (await readDocumentPdf(db, d.id)).buffer);
  const attachments = [...new Set(steps.flatMap((s) => s.attachmentHashes))].filter((h) => !docHashes.has(h));
  const missing: string[] = [];
  for (const h of attachments) {
    const buf = await opts.readAttachment(h);
    if (buf) fs.writeFileSync(path.join(dir, 'attachments', h), buf);
    else missing.push(h);
  }
  const head = steps.at(-1)!;
  const bundle = {
    format: BUNDLE_FORMAT,
    chain,
    exportedAt: new Date().toISOString(),
    algorithm:
      'hash = SHA-256(canonical JSON of {chain, seq, stepType, at, actor, data, attachmentHashes, prevHash}); keys sorted at every depth, no whitespace; the first prevHash is 64 zeros',
    head: { seq: head.seq, hash: head.hash },
    steps,
    documents: docs.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      title: d.title,
      status: d.status,
      sha256: d.sha256,
      file: `documents/${d.id}.pdf`,
    })),
    missingAttachments: missing,
  };
  fs.writeFileSync(path.join(dir, 'bundle.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  fs.copyFileSync(
    new URL('../../../../../scripts/case-verify.mjs', import.meta.url),
    path.join(dir, 'verify.mjs'),
  );
  return {
    steps: steps.length,
    attachments: attachments.length - missing.length,
    documents: docs.length,
    head: head.hash,
  };
}
