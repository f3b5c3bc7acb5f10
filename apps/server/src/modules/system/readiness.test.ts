import { expect, it } from 'vitest';
import { call, describeEachEngine, engines, startTestApp } from '../../../test/test-app.ts';
import { checkReadiness } from './readiness.ts';

describeEachEngine('readiness (/api/ready)', (t) => {
  it('is ready on a migrated database with its own audit key', async () => {
    const res = await call(t().app, null, 'GET', '/api/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, auditKey: { ok: true } },
    });
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('answers 503 naming a migration this database has not run', async () => {
    const { db } = t().ctx;
    const last = await db
      .selectFrom('schema_migration')
      .selectAll()
      .orderBy('name', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db.deleteFrom('schema_migration').where('name', '=', last.name).execute();
    try {
      const res = await call(t().app, null, 'GET', '/api/ready');
      expect(res.statusCode).toBe(503);
      const body = res.json();
      expect(body.status).toBe('not_ready');
      expect(body.checks.database).toEqual({ ok: true });
      expect(body.checks.migrations.ok).toBe(false);
      expect(body.checks.migrations.detail).toContain(last.name);
    } finally {
      await db.insertInto('schema_migration').values(last).execute();
    }
    expect((await call(t().app, null, 'GET', '/api/ready')).statusCode).toBe(200);
  });

  it('is not ready under an audit key the log was not written with', async () => {
    const ctx = t().ctx;
    const r = await checkReadiness({ ...ctx, auditKey: Buffer.from('another installation’s key') });
    expect(r.ready).toBe(false);
    expect(r.checks.auditKey.ok).toBe(false);
    expect(r.checks.auditKey.detail).toContain('ANJIAN_AUDIT_KEY');
  });
});

for (const engine of engines)
  it(`answers 503 with the reason when its database is gone [${engine}]`, async () => {
    const built = await startTestApp(engine);
    try {
      await built.handle.close(); // the database goes away under a running instance
      const res = await call(built.app, null, 'GET', '/api/ready');
      expect(res.statusCode).toBe(503);
      const body = res.json();
      expect(body.status).toBe('not_ready');
      expect(body.checks.database.ok).toBe(false);
      expect(body.checks.database.detail).toMatch(/^数据库不可用/);
      // Liveness is not readiness: the process itself still answers.
      expect((await call(built.app, null, 'GET', '/api/health')).statusCode).toBe(200);
    } finally {
      await built.stop().catch(() => undefined);
    }
  });
