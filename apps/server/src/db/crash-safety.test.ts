import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { verifyAuditChain } from '../platform/audit/audit.ts';
import { engines, freshServerDatabase } from '../../test/test-app.ts';
import { recordFigures, strength } from '../../test/strength.ts';
import { type HttpSession, freePort, httpCall, signInTo, spawnServer } from '../../test/spawned-server.ts';
import { enterpriseWorkbook, importRow } from '../../test/import-files.ts';

/**
 * SECURITY.md "Crash safety": a SIGKILL in the middle of a stream of mixed writes — audit appends
 * (departments), hazard steps (report, assess) and Excel imports — loses no acknowledged write (2xx),
 * leaves no business row without its audit row and no import half-written; the server restarts without
 * repair.
 */
const startServer = spawnServer;

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
      const reported: string[] = []; // hazard ids answered 201
      const assessed: string[] = []; // hazard ids whose assessment answered 200
      const imports: number[][] = []; // every import batch sent (its row numbers)
      const importedBatches = new Set<number>(); // index into imports of those answered 200
      let enterpriseId = '';
      const departmentWriter = async (
        base: string,
        s: HttpSession,
        round: number,
        w: number,
        until: number,
      ) => {
        for (let i = 0; Date.now() < until; i++) {
          const name = `崩溃测试-${round}-${w}-${i}`;
          const res = await httpCall(base, s, 'POST', '/api/departments', {
            name,
            divisionCode: '640500',
            sectors: ['fire'],
          });
          if (res.status === 201) acknowledged.push(name);
          else await res.arrayBuffer();
        }
      };
      const hazardWriter = async (base: string, s: HttpSession, round: number, until: number) => {
        for (let i = 0; i === 0 || Date.now() < until; i++) {
          const res = await httpCall(base, s, 'POST', '/api/hazards', {
            enterpriseId,
            source: '执法检查',
            location: '罐区',
            description: `崩溃测试隐患-${round}-${i}`,
          });
          if (res.status !== 201) {
            await res.arrayBuffer();
            continue;
          }
          const { id } = (await res.json()) as { id: string };
          reported.push(id);
          const step = await httpCall(base, s, 'POST', `/api/hazards/${id}/assess`, {
            level: '一般',
            deadline: '2099-12-31',
          });
          if (step.status === 200) assessed.push(id);
          await step.arrayBuffer();
        }
      };
      const importWriter = async (base: string, s: HttpSession, until: number) => {
        for (let i = 0; i === 0 || Date.now() < until; i++) {
          const rows = [0, 1, 2].map((k) => 100 + imports.length * 3 + k);
          const batch = imports.push(rows) - 1;
          const form = new FormData();
          form.append(
            'file',
            new Blob([new Uint8Array(await enterpriseWorkbook(rows.map((n) => importRow(n))))]),
            'e.xlsx',
          );
          const res = await fetch(`${base}/api/enterprises/import`, {
            method: 'POST',
            headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
            body: form,
          });
          if (res.status === 200) importedBatches.add(batch);
          await res.arrayBuffer();
        }
      };
      for (let round = 0; round < strength.crashRounds; round++) {
        const { child, exited, base } = await startServer(env);
        const admin = await signInTo(base, 'sys_admin');
        const city = await signInTo(base, 'city_admin');
        if (!enterpriseId) {
          const page = await httpCall(base, city, 'GET', '/api/enterprises?pageSize=1');
          enterpriseId = ((await page.json()) as { items: { id: string }[] }).items[0]!.id;
        }
        // The first round acknowledges one of each kind before the clock starts, so that even on a busy
        // machine the figures below cover every kind; the kills then land in whatever is in flight.
        if (round === 0) {
          await hazardWriter(base, city, round, 0);
          await importWriter(base, city, 0);
        }
        const killAt = Date.now() + 1200 + (round % 3) * 600; // kill at varied moments, after some of each kind
        const until = killAt + 2000;
        const gone = () => undefined; // a refused connection: the process is gone
        const writers = [
          departmentWriter(base, admin, round, 0, until).catch(gone),
          departmentWriter(base, admin, round, 1, until).catch(gone),
          hazardWriter(base, city, round, until).catch(gone),
          importWriter(base, city, until).catch(gone),
        ];
        await new Promise((r) => setTimeout(r, killAt - Date.now()));
        child.kill('SIGKILL');
        await Promise.all(writers);
        await exited;
      }
      expect(acknowledged.length).toBeGreaterThan(5);
      // Restart once more through the normal start-up path, then inspect the database directly.
      await (await startServer(env)).stop();
      const handle = await openDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
      try {
        const rows = await handle.db
          .selectFrom('department')
          .select('id')
          .select('name')
          .where('name', 'like', '崩溃测试-%')
          .execute();
        const names = new Set(rows.map((r) => r.name));
        const lost: string[] = acknowledged.filter((n) => !names.has(n));
        const audited = await handle.db
          .selectFrom('audit_log')
          .select('object_id')
          .where('action', '=', 'department.create')
          .execute();
        const auditedIds = new Set(audited.map((a) => a.object_id));
        const halfDone: { id: string; name: string }[] = rows.filter((r) => !auditedIds.has(r.id)); // a business row without its audit row
        const hazards = await handle.db
          .selectFrom('hazard')
          .select(['id', 'status'])
          .where('description', 'like', '崩溃测试隐患-%')
          .execute();
        const hazardAudits = await handle.db
          .selectFrom('audit_log')
          .select(['object_id', 'action'])
          .where('action', 'in', ['hazard.report', 'hazard.assess'])
          .execute();
        const hasAudit = (action: string) =>
          new Set(hazardAudits.filter((a) => a.action === action).map((a) => a.object_id));
        const reportAudited = hasAudit('hazard.report');
        const assessAudited = hasAudit('hazard.assess');
        const status = new Map(hazards.map((h) => [h.id, h.status]));
        lost.push(...reported.filter((id) => !status.has(id)));
        lost.push(...assessed.filter((id) => status.get(id) !== 'assessed'));
        halfDone.push(
          ...hazards.filter((h) => !reportAudited.has(h.id)).map((h) => ({ id: h.id, name: 'hazard' })),
        );
        halfDone.push(
          ...hazards
            .filter((h) => h.status !== 'reported' && !assessAudited.has(h.id))
            .map((h) => ({ id: h.id, name: 'assessment' })),
        );
        // Imports are all or nothing: a batch is wholly there (with one audit row) or wholly absent.
        const importedNames = new Set(
          (
            await handle.db
              .selectFrom('enterprise')
              .select('name')
              .where('name', 'like', '中卫市导入测试%')
              .execute()
          ).map((r) => r.name),
        );
        const present = imports.map(
          (rows) => rows.filter((n) => importedNames.has(String(importRow(n).name))).length,
        );
        const partial = present.filter((n) => n !== 0 && n !== 3).length;
        const importsLost = [...importedBatches].filter((b) => present[b] !== 3).length;
        const importAudits = await handle.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'enterprise.import')
          .executeTakeFirstOrThrow();
        recordFigures(`crash [${engine}]`, {
          rounds: strength.crashRounds,
          acknowledged: acknowledged.length + reported.length + assessed.length + importedBatches.size,
          lost: lost.length + importsLost,
          halfDone: halfDone.length + partial,
        });
        expect(reported.length).toBeGreaterThan(0);
        expect(importedBatches.size).toBeGreaterThan(0);
        expect(lost).toEqual([]);
        expect(halfDone).toEqual([]);
        expect({ partial, importsLost }).toEqual({ partial: 0, importsLost: 0 });
        expect(Number(importAudits.n)).toBe(present.filter((n) => n === 3).length);
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
    const server = await startServer(env);
    const s = await signInTo(server.base, 'sys_admin');
    expect(s.csrf).toBeTruthy();
    await server.stop();
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
