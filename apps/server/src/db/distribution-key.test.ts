import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

/**
 * The distribution key (decision 0011): every table that grows with a county's work carries the county's
 * division code, NOT NULL, so that the schema can be distributed by it. A table without one must be named
 * here with the reason it needs none; a new table that is neither fails this test.
 */
const REFERENCE = {
  // Replicated to every node in a distributed deployment: small dictionaries and organisation data.
  division: 'GB/T 2260 dictionary',
  sector: 'dictionary of supervised sectors',
  role: 'dictionary of roles',
  setting: 'a handful of installation settings (the security policy)',
  holiday_year: 'the State Council holiday schedule, one row a year',
  doc_kind: 'kinds of 执法文书 and their number patterns, a few dozen rows',
  legal_rule: 'versions of the figures set by law, a few hundred rows',
  app_user: 'accounts (thousands), read by every request; the 三员 have no division',
  agency_staff: 'staff of a third-party agency, which serves several counties',
  major_hazard_duty_cycle: 'the 包保 duty cycle of each of the three roles (three rows)',
  major_hazard_standard_entry: 'GB 18218-2018 Tables 1–6, one row per entry (about 160 rows)',
} as const;

const LOCAL = {
  // Kept on the coordinator: installation-wide, not a county's data.
  schema_migration: 'bookkeeping of the migration runner',
  audit_log: 'one hash chain for the whole installation; partitioned by time instead (issue 14 item 7)',
  user_session: 'sessions, keyed by token, short-lived',
  login_throttle: 'failed sign-ins per username, short-lived',
  refusal_tally: 'refused requests per source and minute, pruned after the burst row is written',
  idempotency_key: 'a user’s Idempotency-Key claims, 24 h',
  security_alert: 'alerts of the installation (brute force, 越权 bursts)',
  upload: 'files stored by content hash, shared by every module that attaches them',
  notification: 'a user’s inbox, pruned; not yet keyed (rows about a hazard could take its division)',
  notification_delivery: 'the outbound channel’s outbox, one row per notification sent out',
} as const;

/** The key is spelled `county` in the statistics rollups (one row per county, sector and month). */
const KEY_COLUMNS = ['division_code', 'county'];

describe('distribution key (decision 0011)', () => {
  let handle: DatabaseHandle;
  let tables: { name: string; key: string | null; nullable: boolean }[];
  beforeAll(async () => {
    handle = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    await migrate(handle.db);
    const rows = await sql<{ name: string; key: string | null; nullable: string | null }>`
      SELECT c.relname AS name, k.column_name AS key, k.is_nullable AS nullable
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN LATERAL (
        SELECT column_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = c.relname
          AND column_name IN (${sql.join(KEY_COLUMNS)})
        ORDER BY column_name DESC LIMIT 1
      ) k ON true
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY 1`.execute(handle.db);
    tables = rows.rows.map((r) => ({ name: r.name, key: r.key, nullable: r.nullable === 'YES' }));
  });
  afterAll(() => handle.close());

  it('every table is distributed by a NOT NULL county key, or named as reference or local with a reason', () => {
    expect(tables.length).toBeGreaterThan(30);
    const exempt = new Set<string>([...Object.keys(REFERENCE), ...Object.keys(LOCAL)]);
    const unkeyed = tables
      .filter((t) => !exempt.has(t.name) && (t.key === null || t.nullable))
      .map((t) => `${t.name}: ${t.key ? `${t.key} is nullable` : 'no division_code'}`);
    expect(
      unkeyed,
      'add division_code NOT NULL, or list the table in REFERENCE / LOCAL with a reason',
    ).toEqual([]);
  });

  it('names only tables that exist (a dropped or renamed table leaves the lists)', () => {
    const names = new Set(tables.map((t) => t.name));
    const stale = [...Object.keys(REFERENCE), ...Object.keys(LOCAL)].filter((n) => !names.has(n));
    expect(stale).toEqual([]);
  });

  it('the business tables carry it: hazards, their events, accidents, enterprises and their change logs', () => {
    const keyed = new Map(tables.map((t) => [t.name, t.key]));
    for (const t of [
      'enterprise',
      'enterprise_change',
      'enterprise_status_change',
      'agency_contract',
      'agency_visit',
      'hazard',
      'hazard_event',
      'accident',
      'risk_unit',
      'self_inspection_task',
      'inspection',
    ])
      expect(keyed.get(t), t).toBe('division_code');
  });
});
