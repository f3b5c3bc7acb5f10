import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDepartment } from '../../modules/org/index.ts';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import { canonicalJson, verifyAuditChain } from './audit.ts';

describeEachEngine('audit log', (t) => {
  it('the audit admin reads it with filters; others may not (AU-01, AC-04)', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    await call(app, sys, 'POST', '/api/departments', {
      name: '审计测试局',
      divisionCode: '640500',
      sectors: [],
    });
    const aud = await login(app, 'audit_admin');
    const res = await call(app, aud, 'GET', '/api/audit?action=department.create&username=sys_admin');
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({
      action: 'department.create',
      username: 'sys_admin',
      roleCode: 'system_admin',
      outcome: 'success',
      ip: expect.any(String),
    });
    expect((await call(app, sys, 'GET', '/api/audit')).statusCode).toBe(403);
    expect((await call(app, await login(app, 'sec_admin'), 'GET', '/api/audit')).statusCode).toBe(403);
  });

  it('records a 401 with no session', async () => {
    const { app } = t();
    expect((await call(app, null, 'GET', '/api/users')).statusCode).toBe(401);
    const aud = await login(app, 'audit_admin');
    const rows = (await call(app, aud, 'GET', '/api/audit?outcome=denied&pageSize=5')).json().items;
    expect(
      rows.some(
        (r: { reason: string; objectId: string }) =>
          r.reason === 'AUTH_REQUIRED' && r.objectId === 'GET /api/users',
      ),
    ).toBe(true);
  });

  it('refuses UPDATE and DELETE on audit rows (AU-03)', async () => {
    const { db } = t().ctx;
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('rolls the business change back when its audit row cannot be written (AU-04)', async () => {
    const built = t();
    const failing = { ...built.ctx, audit: async () => Promise.reject(new Error('audit store down')) };
    const sys = await login(built.app, 'sys_admin');
    const rc = {
      actor: {
        userId: sys.userId,
        username: 'sys_admin',
        displayName: '',
        role: 'system_admin' as const,
        divisionCode: null,
        departmentId: null,
        sectors: [],
        enterpriseId: null,
      },
      ip: null,
      userAgent: null,
      requestId: null,
    };
    await expect(
      createDepartment(failing, rc, { name: '不应存在的部门', divisionCode: '640500', sectors: [] }),
    ).rejects.toThrow('audit store down');
    const found = await built.ctx.db
      .selectFrom('department')
      .select('id')
      .where('name', '=', '不应存在的部门')
      .execute();
    expect(found).toEqual([]);
  });

  it('verifies the chain, and names the first row edited behind the trigger’s back', async () => {
    const built = t();
    const aud = await login(built.app, 'audit_admin');
    const ok = (await call(built.app, aud, 'GET', '/api/audit/verify')).json();
    expect(ok.ok).toBe(true);
    expect(ok.rows).toBeGreaterThan(3);
    const { db, auditKey } = built.ctx;
    const victim = await db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    // A superuser can bypass the trigger; the chain still tells.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(db);
    try {
      await sql`UPDATE audit_log SET reason = 'tampered' WHERE id = ${victim.id}`.execute(db);
      expect(await verifyAuditChain(db, auditKey)).toMatchObject({
        ok: false,
        firstBroken: { id: victim.id, problem: 'hash' },
      });
      const bad = (await call(built.app, aud, 'GET', '/api/audit/verify')).json();
      expect(bad.firstBroken.id).toBe(victim.id);
    } finally {
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(db);
    }
  });
});

describe('audit:verify command', () => {
  it('reports OK on a fresh install, then the first deleted row', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-audit-'));
    const run = promisify(execFile);
    const env = { ...process.env, ANJIAN_DATA_DIR: dir, DATABASE_URL: '', ANJIAN_AUDIT_KEY: '' };
    const { buildApp } = await import('../../app.ts');
    const { testConfig } = await import('../../../test/test-app.ts');
    const built = await buildApp(testConfig({ dataDir: dir, auditKey: undefined }));
    await built.app.close();
    const good = await run('node', ['--import', 'tsx', 'apps/server/src/cli/audit-verify.ts'], { env });
    expect(good.stdout).toMatch(/audit chain OK: \d+ rows/);
    const again = await buildApp(testConfig({ dataDir: dir, auditKey: undefined }));
    await sql`INSERT INTO audit_log (at, event_type, action, outcome, prev_hash, row_hash) VALUES (now(), 'x', 'forged', 'success', 'f', 'f')`.execute(
      again.ctx.db,
    );
    await again.app.close();
    const bad = await run('node', ['--import', 'tsx', 'apps/server/src/cli/audit-verify.ts'], { env }).catch(
      (e: { stdout: string; stderr: string; code: number }) => e,
    );
    expect('code' in bad && bad.code).toBe(1);
    expect(bad.stderr).toMatch(/BROKEN at row id \d+/);
  }, 120_000);
});

describe('canonicalJson', () => {
  it('sorts keys at every depth so a jsonb round trip hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});
