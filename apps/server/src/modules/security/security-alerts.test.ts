import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';
import { AlertThresholds, detectBursts, detectChainBreak } from './security.jobs.ts';

/** SECURITY.md IP-03: brute-force bursts, repeated authorization failures, audit-chain break → alert. */
describeEachEngine('security alerts (IP-03)', (t) => {
  const failLogin = (ip: string, username: string) =>
    t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { username, password: 'wrong-Password-1' },
    });

  it('20 failed logins from one IP raise one alert; 19 from another raise none; reruns add nothing', async () => {
    const { app, ctx } = t();
    for (let i = 0; i < AlertThresholds.failedLogins; i += 1)
      expect((await failLogin('203.0.113.7', `guess${i}`)).statusCode).toBe(401);
    for (let i = 0; i < AlertThresholds.failedLogins - 1; i += 1) await failLogin('198.51.100.9', 'ent_user');
    const raised = await detectBursts(ctx, new Date());
    expect(raised).toEqual([
      expect.objectContaining({ kind: 'brute_force', subject: '203.0.113.7', count: 20 }),
    ]);
    expect(await detectBursts(ctx, new Date())).toEqual([]);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({ action: 'security.alert', reason: 'brute_force' });

    const sec = await login(app, 'sec_admin');
    const list = (await call(app, sec, 'GET', '/api/security/alerts?open=true')).json();
    expect(list.open).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'brute_force',
      subject: '203.0.113.7',
      acknowledgedAt: null,
    });
    expect(list.items[0].detail).toContain('guess0');
  });

  it('20 refused accesses by one account raise an alert; only the security admin reads and acknowledges', async () => {
    const { app, ctx } = t();
    const spt = await login(app, 'spt_admin');
    for (let i = 0; i < AlertThresholds.deniedAccesses; i += 1)
      expect((await call(app, spt, 'GET', '/api/audit')).statusCode).toBe(403);
    const raised = await detectBursts(ctx, new Date());
    expect(raised).toEqual([
      expect.objectContaining({ kind: 'authorization_failures', subject: 'spt_admin' }),
    ]);

    expect((await call(app, spt, 'GET', '/api/security/alerts')).statusCode).toBe(403);
    const sec = await login(app, 'sec_admin');
    const id = raised[0]!.id;
    const ack = await call(app, sec, 'POST', `/api/security/alerts/${id}/acknowledge`, {
      note: '已核实为误操作',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().items.find((a: { id: string }) => a.id === id)).toMatchObject({
      acknowledgedBy: expect.any(String),
    });
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'security.alert.acknowledge',
      object_id: id,
      username: 'sec_admin',
      reason: '已核实为误操作',
    });
    expect((await call(app, sec, 'POST', `/api/security/alerts/${id}/acknowledge`, {})).statusCode).toBe(409);
  });

  it('a tampered audit row raises an alert naming it, once a day', async () => {
    const { ctx } = t();
    expect(await detectChainBreak(ctx, new Date())).toEqual([]);
    const victim = await ctx.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(ctx.db);
    try {
      await sql`UPDATE audit_log SET reason = 'tampered' WHERE id = ${victim.id}`.execute(ctx.db);
    } finally {
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(ctx.db);
    }
    const raised = await detectChainBreak(ctx, new Date());
    expect(raised).toEqual([
      expect.objectContaining({ kind: 'audit_chain_broken', subject: String(victim.id) }),
    ]);
    expect(await detectChainBreak(ctx, new Date())).toEqual([]);
  });
});
