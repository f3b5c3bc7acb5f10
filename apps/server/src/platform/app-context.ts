import crypto from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db, DatabaseKind } from '../db/database.ts';
import type { RequestContext } from './access/actor.ts';
import { type AuditEntry, writeAudit } from './audit/audit.ts';
import { type SecretBox, secretBox } from './auth/secret-box.ts';
import { claimIdempotencyKey } from './http/idempotency-claim.ts';
import { type PersonalSealer, personalSealer } from './personal/personal-data.ts';

/** What services need besides their input: the database, configuration and the process's secrets. */
export interface AppContext {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  auditKey: Buffer;
  /** Derived from the audit key for a different purpose: CSRF tokens. */
  csrfSecret: Buffer;
  /** Seals secrets stored in the database (TOTP seeds) under a key kept outside it. */
  secrets: SecretBox;
  /** Seals phones and ID numbers at rest, with a blind index (DC-02). */
  personal: PersonalSealer;
  log: FastifyBaseLogger;
  /** Appends an audit row inside `trx` (the same transaction as the change, AU-04). */
  audit(trx: Db, rc: RequestContext, entry: AuditEntry): Promise<void>;
}

export function createAppContext(
  parts: Omit<AppContext, 'csrfSecret' | 'audit' | 'secrets' | 'personal'>,
): AppContext {
  const csrfSecret = crypto.createHmac('sha256', parts.auditKey).update('anjian-csrf').digest();
  return {
    ...parts,
    csrfSecret,
    secrets: secretBox(parts.auditKey),
    personal: personalSealer(parts.auditKey),
    audit: async (trx, rc, entry) => {
      // A successful change claims the request's Idempotency-Key in its own transaction (issue 11).
      if ((entry.outcome ?? 'success') === 'success') await claimIdempotencyKey(trx, rc);
      await writeAudit(trx, parts.auditKey, rc, entry);
    },
  };
}
