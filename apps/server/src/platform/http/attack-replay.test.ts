import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshServerDatabase } from '../../../test/test-app.ts';
import {
  type HttpSession,
  type SpawnedServer,
  httpCall,
  signInTo,
  spawnServer,
} from '../../../test/spawned-server.ts';
import { forgeZip, workbookParts } from '../../../test/zip-forge.ts';

/**
 * Issue 15 item 9: the outside probe's attacks replayed against a real server process over loopback HTTP
 * (not `app.inject`), on each engine — the same sockets, proxies-off default, worker threads and process
 * memory a deployment has. Each attack has its focused test beside the code (docs/security.md); this file
 * proves the assembled process holds too.
 */
const rssMb = (pid: number) => {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
};

describe.each(engines)('the probe replayed against a running server [%s]', (engine) => {
  let server: SpawnedServer;
  let drop = async () => {};
  let auditor: HttpSession;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ANJIAN_SCRYPT_COST: '1024',
    ANJIAN_AUDIT_KEY: 'replay-key',
    ANJIAN_LOGIN_RATE_LIMIT: '60',
    ANJIAN_TRUSTED_PROXIES: '',
  };
  const auditRows = async (query: string) =>
    (
      (await (await httpCall(server.base, auditor, 'GET', `/api/audit?pageSize=50&${query}`)).json()) as {
        items: {
          action: string;
          outcome: string;
          ip: string | null;
          username: string | null;
          reason: string | null;
        }[];
      }
    ).items;

  beforeAll(async () => {
    env.ANJIAN_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-replay-'));
    env.DATABASE_URL = '';
    if (engine === 'postgresql') {
      const db = await freshServerDatabase();
      env.DATABASE_URL = db.url;
      drop = db.drop;
    }
    server = await spawnServer(env);
    auditor = await signInTo(server.base, 'audit_admin');
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await drop();
  });

  it('三员: the system admin cannot reset the security admin, the first step of the takeover (8.1.4.2 d)', async () => {
    const sys = await signInTo(server.base, 'sys_admin');
    const found = (await (await httpCall(server.base, sys, 'GET', '/api/users?q=sec_admin')).json()) as {
      items: { id: string }[];
    };
    const res = await httpCall(server.base, sys, 'POST', `/api/users/${found.items[0]!.id}/reset-password`, {
      password: 'Takeover#2026x',
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/安全管理员/);
    await signInTo(server.base, 'sec_admin'); // still its own password
    expect((await auditRows('action=access.denied&username=sys_admin')).length).toBeGreaterThan(0);
  });

  it('lockout: 40 parallel wrong passwords are one lock, and then the right password is refused (8.1.4.1 b)', async () => {
    const attempt = (password: string) =>
      httpCall(server.base, null, 'POST', '/api/auth/login', { username: 'hy_admin', password });
    const codes = (await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`Wrong@${i}race`)))).map(
      (r) => r.status,
    );
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(36);
    expect((await attempt('Anjian@2026')).status).toBe(423);
  });

  it('a zip bomb whose directory lies is refused with 413, the process stays up and its memory bounded', async () => {
    const city = await signInTo(server.base, 'city_admin');
    const before = rssMb(server.child.pid!);
    const xml = Buffer.concat([Buffer.from('<worksheet><sheetData>'), Buffer.alloc(200 * 1024 * 1024, 0x20)]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(forgeZip(workbookParts(xml, 2048)))]), 'bomb.xlsx');
    const res = await fetch(`${server.base}/api/enterprises/import`, {
      method: 'POST',
      headers: { cookie: city.cookie, 'x-csrf-token': city.csrf },
      body: form,
    });
    expect(res.status).toBe(413);
    expect((await httpCall(server.base, city, 'GET', '/api/auth/me')).status).toBe(200);
    // 200 MB inflated would show; the worker stops at its cap and gives its heap back.
    expect(rssMb(server.child.pid!) - before).toBeLessThan(400);
  });

  it('control and bidi characters are refused before anything is written (IP-01)', async () => {
    const sys = await signInTo(server.base, 'sys_admin');
    for (const name of ['中卫\u202e局', '中卫\u0000局', '中卫\u200b应急局']) {
      const res = await httpCall(server.base, sys, 'POST', '/api/departments', {
        name,
        divisionCode: '640500',
        sectors: ['fire'],
      });
      expect(res.status, JSON.stringify(name)).toBe(400);
    }
  });

  it('refused requests are in the audit log, and so is the auditor reading it (AU-01, 8.1.5.2)', async () => {
    const sys = await signInTo(server.base, 'sys_admin');
    const noCsrf = await fetch(`${server.base}/api/departments`, {
      method: 'POST',
      headers: { cookie: sys.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '无令牌', divisionCode: '640500', sectors: ['fire'] }),
    });
    expect(noCsrf.status).toBe(403);
    const wrongType = await httpCall(server.base, sys, 'POST', '/api/departments', 'name=x', {
      'content-type': 'application/x-foo',
    });
    expect(wrongType.status).toBe(415);
    const denied = await auditRows('username=sys_admin&outcome=denied');
    expect(denied.length).toBeGreaterThanOrEqual(2);
    expect((await auditRows('action=audit.read')).length).toBeGreaterThan(0);
  });

  it('a forged X-Forwarded-For neither escapes the login limit nor reaches the audit row', async () => {
    // Last in the file: it spends the loopback address's login budget for the minute.
    const codes: number[] = [];
    for (let i = 0; i < 70 && !codes.includes(429); i++) {
      const res = await httpCall(
        server.base,
        null,
        'POST',
        '/api/auth/login',
        { username: 'nobody_here', password: 'Wrong@2026xyz' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
      codes.push(res.status);
    }
    expect(codes).toContain(429);
    const ips = new Set((await auditRows('action=auth.login')).map((r) => r.ip));
    expect([...ips].filter((ip) => ip?.startsWith('203.0.113.'))).toEqual([]);
  });
});

describe('production start-up', () => {
  it('refuses to start without ANJIAN_ADMIN_PASSWORD instead of seeding the published demo password (AC-02)', async () => {
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
      ANJIAN_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'anjian-prod-')),
      ANJIAN_PUBLIC_ORIGIN: 'https://aj.example.gov.cn',
      ANJIAN_ADMIN_PASSWORD: '',
      ANJIAN_DEMO: '',
    };
    await expect(spawnServer(env)).rejects.toThrow(/exited during start-up/);
  }, 120_000);
});
