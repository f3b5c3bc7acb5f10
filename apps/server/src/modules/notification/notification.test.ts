import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, call, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';
import { retryPendingDeliveries } from './notification.outbound.ts';

const future = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/** A local webhook receiver: records every POST; answers the status `next()` gives. */
interface Received {
  headers: http.IncomingHttpHeaders;
  raw: string;
  json: {
    deliveryId: string;
    attempt: number;
    notification: { kind: string; title: string; body: string; hazardId: string };
    recipient: { username: string };
  };
}
let server: http.Server;
let received: Received[] = [];
let failuresLeft = 0;
let url = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503).end();
        return;
      }
      received.push({ headers: req.headers, raw, json: JSON.parse(raw) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms-gateway`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// Generous: the suite runs beside browser tests on two cores; a pass returns at once.
const until = async (ok: () => boolean, ms = 30_000, explain?: () => Promise<unknown>) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting${explain ? `: ${JSON.stringify(await explain())}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describeEachEngine('notifications that move the hazard loop', (t) => {
  const inbox = async (s: Session) =>
    (await call(t().app, s, 'GET', '/api/notifications?pageSize=100')).json() as {
      items: { kind: string; title: string; body: string; hazardId: string; readAt: string | null }[];
      unread: number;
    };
  const about = async (s: Session, hazardId: string) =>
    (await inbox(s)).items.filter((n) => n.hazardId === hazardId).map((n) => n.kind);

  it('tells the party that must act next at every step, in-app with unread counts', async () => {
    const { app } = t();
    const [grid, spt, zn, ent] = [
      await login(app, 'spt_grid'),
      await login(app, 'spt_admin'),
      await login(app, 'zn_admin'),
      await login(app, 'ent_user'),
    ];
    const step = async (s: Session, id: string, action: string, body: object = {}) => {
      const res = await call(app, s, 'POST', `/api/hazards/${id}/${action}`, body);
      expect(res.statusCode, res.body).toBe(200);
    };
    const res = await call(app, grid, 'POST', '/api/hazards', {
      enterpriseId: await enterpriseOf(t()),
      source: '网格巡查',
      location: '储罐区',
      description: '可燃气体检测报警仪未投用',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    // 上报 → the county regulator assesses (待评估); another county hears nothing, nor does the reporter.
    expect(await about(spt, id)).toEqual(['reported']);
    expect(await about(zn, id)).toEqual([]);
    expect(await about(grid, id)).toEqual([]);

    const entUnread = (await inbox(ent)).unread;
    await step(spt, id, 'assess', { level: '一般', deadline: future(10) });
    const assigned = (await inbox(ent)).items.find((n) => n.hazardId === id && n.kind === 'assigned');
    expect(assigned).toMatchObject({ title: '隐患交办：请限期整改', readAt: null });
    expect(assigned?.body).toContain(`整改期限 ${future(10)}`);
    expect((await inbox(ent)).unread).toBe(entUnread + 1);

    await step(ent, id, 'start-rectification', { comment: '已安排整改' });
    expect(await about(spt, id)).toEqual(['reported']); // nothing for the regulator to do yet
    await step(ent, id, 'request-acceptance', { comment: '报警仪已投用' });
    expect(await about(spt, id)).toEqual(['acceptance_requested', 'reported']);
    expect(await about(zn, id)).toEqual([]);

    await step(spt, id, 'reject', { reason: '未提供校验报告' });
    const rejected = (await inbox(ent)).items.find((n) => n.hazardId === id && n.kind === 'rejected');
    expect(rejected?.body).toContain('不通过原因：未提供校验报告');
    // The enterprise's card shows the reason itself.
    const card = (await call(app, ent, 'GET', `/api/hazards?status=rectifying&pageSize=100`)).json();
    expect(card.items.find((h: { id: string }) => h.id === id)?.lastRejection).toMatchObject({
      reason: '未提供校验报告',
    });

    // A second application is a second 待验收 (one notification per step, not per kind).
    await step(ent, id, 'request-acceptance', { comment: '已补校验报告' });
    expect((await about(spt, id)).filter((k) => k === 'acceptance_requested')).toHaveLength(2);
    await step(spt, id, 'accept', { comment: '同意销号' });
    expect(await about(grid, id)).toEqual(['closed']);
    expect(await about(ent, id)).toEqual(['closed', 'rejected', 'assigned']);

    // Nothing went out: the outbound channel is off by default.
    const sent = await t().ctx.db.selectFrom('notification_delivery').select('id').execute();
    expect(sent).toEqual([]);
  });

  it('the administrator points the webhook channel at a gateway; steps are delivered after commit, with retries', async () => {
    const { app, ctx } = t();
    const admin = await login(app, 'sys_admin');
    const [spt, grid] = [await login(app, 'spt_admin'), await login(app, 'spt_grid')];
    expect((await call(app, admin, 'GET', '/api/notifications/channel')).json()).toMatchObject({
      enabled: false,
      url: null,
      hasSecret: false,
    });
    expect((await call(app, spt, 'GET', '/api/notifications/channel')).statusCode).toBe(403);
    const bad = await call(app, admin, 'PUT', '/api/notifications/channel', { enabled: true, url: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('启用外发通道须填写接收地址');
    const secret = 'a-shared-secret-of-the-gateway';
    const on = await call(app, admin, 'PUT', '/api/notifications/channel', { enabled: true, url, secret });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ enabled: true, url, hasSecret: true });
    expect(on.body).not.toContain(secret);

    received = [];
    failuresLeft = 1; // the gateway is down for the first attempt
    const res = await call(app, grid, 'POST', '/api/hazards', {
      enterpriseId: await enterpriseOf(t()),
      source: '网格巡查',
      location: '配电室',
      description: '配电柜前未铺设绝缘胶垫',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    // Under load an attempt can time out twice; the third wait (30 s) is then the retry job's, which the
    // scheduler runs each minute: run it here as well, every 2 s, so only a real loss times out.
    let lastJob = Date.now();
    await until(
      () => {
        if (Date.now() - lastJob > 2_000) {
          lastJob = Date.now();
          retryPendingDeliveries(ctx, new Date()).catch(() => undefined);
        }
        return received.some((r) => r.json.recipient.username === 'spt_admin');
      },
      75_000,
      () =>
        ctx.db
          .selectFrom('notification_delivery as d')
          .innerJoin('notification as n', 'n.id', 'd.notification_id')
          .select(['d.status', 'd.attempts', 'd.last_error', 'd.next_attempt_at'])
          .where('n.hazard_id', '=', id)
          .execute(),
    );
    const got = received.find((r) => r.json.recipient.username === 'spt_admin')!;
    expect(got.json.notification).toMatchObject({ kind: 'reported', hazardId: id });
    expect(got.headers['x-anjian-signature']).toBe(
      `sha256=${crypto.createHmac('sha256', secret).update(got.raw).digest('hex')}`,
    );
    const rows = await ctx.db
      .selectFrom('notification_delivery as d')
      .innerJoin('notification as n', 'n.id', 'd.notification_id')
      .select(['d.status', 'd.attempts', 'd.last_error'])
      .where('n.hazard_id', '=', id)
      .execute();
    await until(() => received.filter((r) => r.json.notification.hazardId === id).length === rows.length);
    // The gateway has them all; the sender records 'sent' once each answer is back (a moment later).
    const deliveries = () =>
      ctx.db
        .selectFrom('notification_delivery as d')
        .innerJoin('notification as n', 'n.id', 'd.notification_id')
        .select(['d.status', 'd.attempts', 'd.last_error'])
        .where('n.hazard_id', '=', id)
        .execute();
    let after = await deliveries();
    for (let i = 0; i < 400 && !after.every((r) => r.status === 'sent'); i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      after = await deliveries();
    }
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.status === 'sent')).toBe(true);
    // The first attempt failed and was retried: recorded on its row.
    expect(after.map((r) => r.attempts).sort()).toContain(2);

    // 交办 reaches the enterprise through the channel too.
    received = [];
    const a = await call(app, spt, 'POST', `/api/hazards/${id}/assess`, {
      level: '一般',
      deadline: future(7),
    });
    expect(a.statusCode, a.body).toBe(200);
    await until(() => received.some((r) => r.json.recipient.username === 'ent_user'));
    expect(received.find((r) => r.json.recipient.username === 'ent_user')?.json.notification).toMatchObject({
      kind: 'assigned',
      body: expect.stringContaining(future(7)),
    });
    const state = (await call(app, admin, 'GET', '/api/notifications/channel')).json();
    expect(state.outbox).toMatchObject({ failed: 0 });
    await call(app, admin, 'PUT', '/api/notifications/channel', { enabled: false, url });
  });
});
