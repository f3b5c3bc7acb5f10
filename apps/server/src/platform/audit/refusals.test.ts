import { expect, it } from 'vitest';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import type { BuiltApp } from '../../app.ts';
import { REFUSALS_LOGGED_PER_MINUTE, summariseRefusals } from './refusals.ts';

/** The audit rows a source (IP or username) left, oldest first. */
async function rowsOf(built: BuiltApp, by: { ip?: string; username?: string }, since: number) {
  let q = built.ctx.db.selectFrom('audit_log').selectAll().where('id', '>', since);
  if (by.ip) q = q.where('ip', '=', by.ip);
  if (by.username) q = q.where('username', '=', by.username);
  return q.orderBy('id').execute();
}

const lastId = async (built: BuiltApp) =>
  (await built.ctx.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst())
    ?.id ?? 0;

/** Rows a burst of refusals recorded, once every minute is summarised: individual + burst rows, and the total. */
async function burstOf(built: BuiltApp, ip: string, since: number, kind: string) {
  await summariseRefusals(built.ctx.db, built.ctx.auditKey, new Date(Date.now() + 61_000));
  const rows = (await rowsOf(built, { ip }, since)).filter((r) => r.reason === kind);
  const bursts = rows.filter((r) => r.action === 'access.denied.burst');
  const single = rows.filter((r) => r.action === 'access.denied');
  // A minute without a burst row had ≤ REFUSALS_LOGGED_PER_MINUTE refusals, each with its own row.
  const perMinute = new Map<string, number>();
  for (const r of single) {
    const m = new Date(r.at).toISOString().slice(0, 16);
    perMinute.set(m, (perMinute.get(m) ?? 0) + 1);
  }
  for (const b of bursts) perMinute.set(String((b.diff as { minute: string }).minute).slice(0, 16), 0);
  const total =
    bursts.reduce((n, b) => n + (b.diff as { count: number }).count, 0) +
    [...perMinute.values()].reduce((n, v) => n + v, 0);
  return { rows, bursts, total };
}

/**
 * 等保 8.1.4.3 / 8.1.5.2, SECURITY.md AU-01 (failed authorization), IP-03: every refused request and every
 * read of the audit log is in the audit log, a flood aggregated to one burst row per source, kind and minute.
 */
describeEachEngine(
  'refused requests in the audit log (AU-01, 等保 8.1.4.3)',
  (t) => {
    it('AU-01: 120 tampered session cookies are one burst with count 120, not 120 rows nor none', async () => {
      const since = await lastId(t());
      const ip = '203.0.113.66';
      for (let i = 0; i < 120; i += 1) {
        const res = await t().app.inject({
          method: 'GET',
          url: i % 2 ? '/api/auth/me' : '/api/enterprises',
          remoteAddress: ip,
          headers: { cookie: `anjian_sid=forged-${i}` },
        });
        expect(res.statusCode).toBe(401);
      }
      const { rows, bursts, total } = await burstOf(t(), ip, since, 'SESSION_UNKNOWN');
      expect(total).toBe(120);
      expect(rows.length).toBeLessThanOrEqual(2 * (REFUSALS_LOGGED_PER_MINUTE + 1));
      expect(bursts[0]).toMatchObject({ outcome: 'denied', event_type: 'access', ip });
      // Summarising again adds nothing.
      await summariseRefusals(t().ctx.db, t().ctx.auditKey, new Date(Date.now() + 61_000));
      expect(await rowsOf(t(), { ip }, since)).toHaveLength(rows.length);
    });

    it('AU-01: a page load without any cookie asking /api/auth/me is still not a refusal', async () => {
      const since = await lastId(t());
      const res = await t().app.inject({ method: 'GET', url: '/api/auth/me', remoteAddress: '203.0.113.67' });
      expect(res.statusCode).toBe(401);
      expect(await rowsOf(t(), { ip: '203.0.113.67' }, since)).toHaveLength(0);
    });

    it('AU-01: 413, 415, CSRF and 429 refusals leave rows; a flood of 40 CSRF refusals counts 40', async () => {
      const { app } = t();
      const s = await login(app, 'sys_admin');
      const since = await lastId(t());
      const post = (headers: Record<string, string>, payload: string) =>
        app.inject({
          method: 'POST',
          url: '/api/departments',
          headers: { cookie: s.cookie, ...headers },
          payload,
        });
      expect(
        (
          await post(
            { 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
            JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
          )
        ).statusCode,
      ).toBe(413);
      expect(
        (await post({ 'x-csrf-token': s.csrf, 'content-type': 'application/x-foo' }, 'x')).statusCode,
      ).toBe(415);
      for (let i = 0; i < 40; i += 1)
        expect((await post({ 'content-type': 'application/json' }, '{}')).statusCode).toBe(403);
      const mine = await rowsOf(t(), { username: 'sys_admin' }, since);
      expect(mine.map((r) => r.reason)).toEqual(
        expect.arrayContaining(['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'CSRF_INVALID']),
      );
      const csrf = await burstOf(t(), '127.0.0.1', since, 'CSRF_INVALID');
      expect(csrf.total).toBe(40);
      expect(csrf.rows.length).toBeLessThanOrEqual(2 * (REFUSALS_LOGGED_PER_MINUTE + 1));

      const ip = '198.51.100.77';
      const codes: number[] = [];
      for (let i = 0; i < 30; i += 1)
        codes.push(
          (
            await app.inject({
              method: 'POST',
              url: '/api/auth/login',
              remoteAddress: ip,
              payload: { username: 'nobody', password: 'x' },
            })
          ).statusCode,
        );
      expect(codes.filter((c) => c === 429)).toHaveLength(10);
      const limited = await burstOf(t(), ip, since, 'RATE_LIMITED');
      expect(limited.total).toBe(10);
    });

    it('AU-01: a scope refusal answered 400 (an accident filed in another county) is audited as denied', async () => {
      const { app } = t();
      const spt = await login(app, 'spt_admin');
      const since = await lastId(t());
      const res = await call(app, spt, 'POST', '/api/accidents', {
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        divisionCode: '640521',
        title: '越权登记的事故',
        category: 'construction',
        accidentType: '09',
        deaths: 0,
        seriousInjuries: 0,
        minorInjuries: 1,
        directLoss: 1,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('divisionCode');
      expect(await rowsOf(t(), { username: 'spt_admin' }, since)).toEqual([
        expect.objectContaining({
          action: 'access.denied',
          outcome: 'denied',
          reason: 'out_of_scope',
          object_type: 'division',
          object_id: '640521',
        }),
      ]);
    });

    it('等保 8.1.5.2: the audit admin reading the log leaves a row with the filter used', async () => {
      const { app } = t();
      const auditor = await login(app, 'audit_admin');
      const since = await lastId(t());
      const res = await call(app, auditor, 'GET', '/api/audit?outcome=denied&pageSize=5');
      expect(res.statusCode).toBe(200);
      const rows = await rowsOf(t(), { username: 'audit_admin' }, since);
      expect(rows).toEqual([
        expect.objectContaining({ action: 'audit.read', event_type: 'audit', object_type: 'audit_log' }),
      ]);
      expect(rows[0]?.diff).toMatchObject({ filter: { outcome: 'denied', pageSize: 5 } });
    });
  },
  { loginRateLimit: 20, demoEnterprises: false },
);
