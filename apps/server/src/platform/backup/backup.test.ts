import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../db/database.ts';
import { verifyAuditChain } from '../audit/audit.ts';
import { call, engines, freshServerDatabase, login, testConfig } from '../../../test/test-app.ts';
import { backup, restore } from './backup.ts';

const KEY = 'backup-test-key';

describe.each(engines)('backup and restore (BK-01) [%s]', (engine) => {
  it('backs up, wipes, restores, and finds the same counts and a verifying audit chain', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-backup-'));
    const file = path.join(dataDir, 'anjian.backup');
    const server = engine === 'postgresql' ? await freshServerDatabase() : undefined;
    const config = testConfig({ dataDir, databaseUrl: server?.url, auditKey: KEY });
    try {
      const built = await buildApp(config);
      const sys = await login(built.app, 'sys_admin');
      for (let i = 0; i < 5; i++)
        await call(built.app, sys, 'POST', '/api/departments', {
          name: `备份测试局${i}`,
          divisionCode: '640500',
          sectors: [],
        });
      const count = async (db: typeof built.ctx.db) => ({
        departments: Number(
          (
            await db
              .selectFrom('department')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
        users: Number(
          (
            await db
              .selectFrom('app_user')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
        audit: Number(
          (
            await db
              .selectFrom('audit_log')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      });
      const before = await count(built.ctx.db);
      await built.app.close();

      await backup(config, file);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      // Wipe.
      if (server) {
        await server.recreate();
      } else {
        fs.rmSync(path.join(dataDir, 'pglite'), { recursive: true, force: true });
      }
      await restore(config, file);

      const handle = await openDatabase(config);
      try {
        expect(await count(handle.db)).toEqual(before);
        expect(await verifyAuditChain(handle.db, Buffer.from(KEY))).toMatchObject({
          ok: true,
          rows: before.audit,
        });
      } finally {
        await handle.close();
      }
      // The restored installation starts and works.
      const again = await buildApp(config);
      expect(
        (
          await call(again.app, await login(again.app, 'sys_admin'), 'GET', '/api/departments?q=备份测试局')
        ).json().total,
      ).toBe(5);
      await again.app.close();
      await expect(restore(config, file)).rejects.toThrow(
        server ? /already exists|exit code|Command failed/ : /not empty/,
      );
    } finally {
      await server?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
