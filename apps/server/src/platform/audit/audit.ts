import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RequestContext } from '../access/actor.ts';
import { orgLabel } from '../access/actor.ts';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** What a caller says about an event; who and from where come from the request context. */
export interface AuditEntry {
  eventType: 'auth' | 'user' | 'role' | 'org' | 'security' | 'audit' | 'access' | 'system' | (string & {});
  action: string;
  objectType?: string;
  objectId?: string;
  outcome?: AuditOutcome;
  reason?: string;
  /** Before/after values; sensitive fields are masked before hashing and storage (AU-02). */
  diff?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);
const SENSITIVE = /password|secret|token|recovery|idnumber|id_number|phone|mobile/i;

/** Replaces sensitive values in a diff so that the log never holds them (AU-02). */
export function maskDiff(value: unknown, key = ''): unknown {
  if (SENSITIVE.test(key) && value !== null && value !== undefined) return '***';
  if (Array.isArray(value)) return value.map((v) => maskDiff(v));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDiff(v, k)]));
  }
  return value;
}

/** JSON with object keys sorted at every depth, so that a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

interface HashedFields {
  at: Date;
  user_id: string | null;
  username: string | null;
  role_code: string | null;
  org: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  event_type: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  outcome: string;
  reason: string | null;
  diff: unknown;
  prev_hash: string;
}

/** HMAC-SHA-256 over the row's content and the previous row's hash (AU-03). */
export function rowHash(key: Buffer, row: HashedFields): string {
  const content = canonicalJson({ ...row, at: row.at.toISOString(), diff: row.diff ?? null });
  return crypto.createHmac('sha256', key).update(content).digest('hex');
}

/**
 * Appends one audit row inside the caller's transaction (AU-04: the row commits or rolls back with
 * the change it records). The advisory lock orders concurrent writers so the chain stays linear.
 */
export async function writeAudit(
  trx: Db,
  key: Buffer,
  ctx: RequestContext,
  entry: AuditEntry,
): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(4242002)`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('row_hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const actor = ctx.actor;
  const row: HashedFields = {
    at: new Date(),
    user_id: actor?.userId ?? null,
    username: actor?.username ?? null,
    role_code: actor?.role ?? null,
    org: orgLabel(actor),
    ip: ctx.ip,
    user_agent: ctx.userAgent?.slice(0, 300) ?? null,
    request_id: ctx.requestId,
    event_type: entry.eventType,
    action: entry.action,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId ?? null,
    outcome: entry.outcome ?? 'success',
    reason: entry.reason ?? null,
    diff: entry.diff ? maskDiff(entry.diff) : null,
    prev_hash: last?.row_hash ?? GENESIS,
  };
  await trx
    .insertInto('audit_log')
    .values({
      ...row,
      outcome: row.outcome as AuditOutcome,
      diff: row.diff === null ? null : JSON.stringify(row.diff),
      row_hash: rowHash(key, row),
    })
    .execute();
}

export interface ChainReport {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match: edited, inserted or deleted before it. */
  firstBroken?: { id: number; problem: 'hash' | 'link' };
}

/** Walks the chain in id order and names the first row that was edited, or follows a deleted one. */
export async function verifyAuditChain(db: Db, key: Buffer, batch = 5000): Promise<ChainReport> {
  let prev = GENESIS;
  let after = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    for (const r of page) {
      rows++;
      if (r.prev_hash !== prev) return { ok: false, rows, firstBroken: { id: r.id, problem: 'link' } };
      const { id: _id, row_hash, ...fields } = r;
      if (rowHash(key, fields) !== row_hash)
        return { ok: false, rows, firstBroken: { id: r.id, problem: 'hash' } };
      prev = row_hash;
      after = r.id;
    }
    if (page.length < batch) return { ok: true, rows };
  }
}

/**
 * The chain key, kept outside the database (AU-03): ANJIAN_AUDIT_KEY, else `audit.key` in the data
 * directory, created on first start with owner-only permissions.
 */
/**
 * Whether the newest audit row verifies under `key`: the key this process loaded is the one the log was
 * written with (a key lost or swapped in a restore would otherwise show only at the next full verification).
 */
export async function newestAuditRowVerifies(db: Db, key: Buffer): Promise<boolean> {
  const r = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!r) return true;
  const { id: _id, row_hash, ...fields } = r;
  return rowHash(key, fields) === row_hash;
}

export function loadAuditKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  if (dataDir === 'memory://') return crypto.randomBytes(32);
  const file = path.join(dataDir, 'audit.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}
