import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { verifyAuditChain } from '../platform/audit/audit.ts';
import { engines, freshServerDatabase } from '../../test/test-app.ts';
import { recordFigures, strength } from '../../test/strength.ts';

/**
 * SECURITY.md "Crash safety": a SIGKILL in the middle of a stream of writes loses no acknowledged write
 * (2xx) and leaves no business row without its audit row; the server restarts without repair.
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

async function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn('node', ['--import', 'tsx', 'apps/server/src/main.ts'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  // Up to 90 s: a cold start seeds the whole demo, and CI runs other test files beside this one.
  for (let i = 0; i < 900; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return { child, exited };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function signIn(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sys_admin', password: 'Anjian@2026' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe.each(engines)('crash safety [%s]', (engine) => {
  it(
    'keeps every acknowledged write and a verifying audit chain across SIGKILL',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-crash-'));
      let databaseUrl = '';
      if (engine === 'postgresql') {
        const server = await freshServerDatabase();
        databaseUrl = server.url;
        cleanups.push(server.drop);
      }
      const env = {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        ANJIAN_DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        ANJIAN_SCRYPT_COST: '1024',
        ANJIAN_AUDIT_KEY: 'crash-key',
      };
      const acknowledged: string[] = [];
      for (let round = 0; round < strength.crashRounds; round++) {
        const port = await freePort();
        const { child, exited } = await startServer(env, port);
        const base = `http://127.0.0.1:${port}`;
        const s = await signIn(base);
        const killAt = Date.now() + 400 + (round % 3) * 200; // kill at varied moments
        const writers = Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; Date.now() < killAt + 2000; i++) {
            const name = `崩溃测试-${round}-${w}-${i}`;
            try {
              const res = await fetch(`${base}/api/departments`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
                body: JSON.stringify({ name, divisionCode: '640500', sectors: ['fire'] }),
              });
              if (res.status === 201) acknowledged.push(name);
              else await res.arrayBuffer();
            } catch {
              return; // the process is gone
            }
          }
        });
        await new Promise((r) => setTimeout(r, killAt - Date.now()));
        child.kill('SIGKILL');
        await Promise.all(writers);
        await exited;
      }
      expect(acknowledged.length).toBeGreaterThan(5);
      // Restart once more through the normal start-up path, then inspect the database directly.
      const port = await freePort();
      const restarted = await startServer(env, port);
      restarted.child.kill('SIGTERM');
      await restarted.exited;
      const handle = await openDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
      try {
        const rows = await handle.db
          .selectFrom('department')
          .select('id')
          .select('name')
          .where('name', 'like', '崩溃测试-%')
          .execute();
        const names = new Set(rows.map((r) => r.name));
        const lost = acknowledged.filter((n) => !names.has(n));
        const audited = await handle.db
          .selectFrom('audit_log')
          .select('object_id')
          .where('action', '=', 'department.create')
          .execute();
        const auditedIds = new Set(audited.map((a) => a.object_id));
        const halfDone = rows.filter((r) => !auditedIds.has(r.id)); // a business row without its audit row
        recordFigures(`crash [${engine}]`, {
          rounds: strength.crashRounds,
          acknowledged: acknowledged.length,
          lost: lost.length,
          halfDone: halfDone.length,
        });
        expect(lost).toEqual([]);
        expect(halfDone).toEqual([]);
        const report = await verifyAuditChain(handle.db, Buffer.from('crash-key'));
        expect(report.ok).toBe(true);
      } finally {
        await handle.close();
      }
    },
    strength.torture ? 3_600_000 : 180_000,
  );
});

describe.each(engines)('crash during migration and seeding [%s]', (engine) => {
  it('a start killed at any moment is completed by the next start, with no repair', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-crash-mig-'));
    let databaseUrl = '';
    if (engine === 'postgresql') {
      const server = await freshServerDatabase();
      databaseUrl = server.url;
      cleanups.push(server.drop);
    }
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ANJIAN_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      ANJIAN_SCRYPT_COST: '1024',
      ANJIAN_AUDIT_KEY: 'crash-key',
      ANJIAN_DEMO_ACCIDENTS: 'true',
    };
    // Kill the first starts after growing delays: inside migrations, inside the seed, or just after.
    for (const delay of [700, 1500, 2500, 4000]) {
      const child = spawn('node', ['--import', 'tsx', 'apps/server/src/main.ts'], {
        env: { ...env, PORT: String(await freePort()), HOST: '127.0.0.1' },
        stdio: 'ignore',
      });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
    }
    const port = await freePort();
    const server = await startServer(env, port);
    const s = await signIn(`http://127.0.0.1:${port}`);
    expect(s.csrf).toBeTruthy();
    server.child.kill('SIGTERM');
    await server.exited;
    const handle = await openDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
    try {
      const migrations = await handle.db.selectFrom('schema_migration').select('name').execute();
      const files = fs
        .readdirSync(new URL('./migrations', import.meta.url))
        .filter((f) => f.endsWith('.sql'));
      expect(migrations.map((m) => m.name).sort()).toEqual(files.sort());
      const villages = await handle.db
        .selectFrom('division')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('level', '=', 'village')
        .executeTakeFirstOrThrow();
      expect(Number(villages.n)).toBe(516);
      expect(
        Number(
          (
            await handle.db
              .selectFrom('enterprise')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBeGreaterThan(100);
      expect(
        Number(
          (
            await handle.db
              .selectFrom('plan_period')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBeGreaterThan(0);
      expect((await verifyAuditChain(handle.db, Buffer.from('crash-key'))).ok).toBe(true);
    } finally {
      await handle.close();
    }
  }, 180_000);
});
