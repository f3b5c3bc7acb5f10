import crypto from 'node:crypto';
import net from 'node:net';
import mqtt from 'mqtt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';
import { type Ingestor, startIngestor } from './monitoring.ingest.ts';
import { minuteOf } from '@anjian/domain';
import { escalateSustainedAlarms, pruneMinuteAggregates, raiseOfflineAlarms } from './monitoring.jobs.ts';
import { upsertMinutes } from './monitoring.repository.ts';

/**
 * Mosquitto when it listens on 127.0.0.1:1883 (these machines, .ci/run), else the embedded broker;
 * ANJIAN_TEST_MQTT=embedded asks for the embedded one.
 */
async function externalBroker(): Promise<string | undefined> {
  if (process.env.ANJIAN_TEST_MQTT === 'embedded') return undefined;
  if (process.env.MQTT_URL) return process.env.MQTT_URL;
  const up = await new Promise<boolean>((resolve) => {
    const s = net.connect(1883, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
  return up ? 'mqtt://127.0.0.1:1883' : undefined;
}

const until = async (what: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
};

type Notice = { kind: string; title: string; body: string; alarmId: string | null; hazardId: string | null };
/** The user's 站内消息 about one alarm. */
const noticesOf = async (app: Parameters<typeof call>[0], s: Session, alarmId: string) =>
  ((await call(app, s, 'GET', '/api/notifications?pageSize=100')).json().items as Notice[]).filter(
    (n) => n.alarmId === alarmId,
  );

/** A topic root of its own: runs sharing the machine's Mosquitto never see each other's readings. */
const root = `anjian-test-${crypto.randomBytes(4).toString('hex')}`;

describeEachEngine(
  'online monitoring',
  (t) => {
    let ingestor: Ingestor;
    let publisher: mqtt.MqttClient;
    let ent: Session;
    let unitId: string;
    let point: { id: string; topic: string; divisionCode: string };

    /** Publishes and waits until the ingestor has seen `n` more messages, then writes them. */
    const publish = async (messages: [string, string][]) => {
      const before = ingestor.stats().received;
      for (const [topic, payload] of messages) await publisher.publishAsync(topic, payload);
      await until(async () => ingestor.stats().received >= before + messages.length);
      await ingestor.flush();
    };

    beforeAll(async () => {
      const url = await externalBroker();
      ingestor = await startIngestor(t().ctx, { url, port: 0, topicRoot: root, flushMs: 60_000 });
      await ingestor.ready;
      publisher = await mqtt.connectAsync(ingestor.url);
      const { app } = t();
      ent = await login(app, 'ent_user');
      const unit = await call(app, ent, 'POST', '/api/major-hazard/units', {
        kind: 'storage',
        name: '在线监测测试罐区',
        exposedPeople: 120,
        chemicals: [{ name: '氯', q: 25 }],
      });
      expect(unit.statusCode).toBe(201);
      unitId = unit.json().id;
    });
    afterAll(async () => {
      await publisher?.endAsync();
      await ingestor?.stop();
    });

    it('an enterprise configures a point on its unit; bad thresholds and other units are refused; audited', async () => {
      const built = t();
      const { app } = built;
      const body = {
        unitId,
        code: 'LT-101',
        name: '液氯储罐液位',
        kind: 'level',
        uom: 'm',
        high: 80,
        highHigh: 90,
      };
      const res = await call(app, ent, 'POST', '/api/monitoring/points', body);
      expect(res.statusCode).toBe(201);
      point = res.json();
      expect(point.topic).toMatch(new RegExp(`^${root}/[0-9A-Z]+/${unitId}/${point.id}$`));
      expect((await latestAudit(built, 1))[0]).toMatchObject({
        action: 'monitoring.point.create',
        object_id: point.id,
      });

      const bad = await call(app, ent, 'POST', '/api/monitoring/points', {
        ...body,
        code: 'X',
        highHigh: 70,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details).toContainEqual(expect.objectContaining({ field: 'body.highHigh' }));
      const dup = await call(app, ent, 'POST', '/api/monitoring/points', body);
      expect(dup.statusCode).toBe(400);
      expect(dup.json().error.details[0].field).toBe('code');
      const city = await login(app, 'city_admin');
      // Another enterprise's unit (the list may well start with the one this suite created).
      const own = (await call(app, ent, 'GET', `/api/major-hazard/units/${unitId}`)).json().enterpriseId;
      const demoUnit = (await call(app, city, 'GET', '/api/major-hazard/units?majorOnly=true&pageSize=50'))
        .json()
        .items.find((u: { enterpriseId: string }) => u.enterpriseId !== own);
      const other = await call(app, ent, 'POST', '/api/monitoring/points', { ...body, unitId: demoUnit.id });
      expect(other.statusCode).toBe(404);
      // A regulator reads points but does not configure them.
      const spt = await login(app, 'spt_admin');
      expect((await call(app, spt, 'POST', '/api/monitoring/points', body)).statusCode).toBe(403);
      expect((await call(app, spt, 'GET', `/api/monitoring/points/${point.id}`)).statusCode).toBe(200);
    });

    it('a reading above high-high published to the broker raises an alarm the regulator sees and acknowledges', async () => {
      const built = t();
      const { app } = built;
      const t0 = Date.now() - 3000;
      const at = (ms: number) => new Date(t0 + ms).toISOString();
      await publish([
        [point.topic, JSON.stringify({ v: 50, t: at(0) })],
        [point.topic, JSON.stringify({ v: 95.5, t: at(1000) })],
        [point.topic, JSON.stringify({ v: 97, t: at(2000) })],
      ]);
      const city = await login(app, 'city_admin');
      const alarms = (await call(app, city, 'GET', `/api/monitoring/alarms?pointId=${point.id}`)).json();
      expect(alarms.items).toHaveLength(1);
      const alarm = alarms.items[0];
      expect(alarm).toMatchObject({
        kind: 'high_high',
        value: 95.5,
        threshold: 90,
        peak: 97,
        clearedAt: null,
        acknowledgedAt: null,
        pointCode: 'LT-101',
        unitName: '在线监测测试罐区',
      });
      // The county of the enterprise sees it; another county does not (scope), not even by id.
      const spt = await login(app, 'spt_admin');
      const open = (await call(app, spt, 'GET', '/api/monitoring/alarms?pageSize=200')).json();
      expect(open.items.map((a: { id: string }) => a.id)).toContain(alarm.id);
      const zn = await login(app, 'zn_admin');
      const znOpen = (await call(app, zn, 'GET', '/api/monitoring/alarms?pageSize=200')).json();
      expect(znOpen.items.map((a: { id: string }) => a.id)).not.toContain(alarm.id);
      expect((await call(app, zn, 'GET', `/api/monitoring/alarms/${alarm.id}`)).statusCode).toBe(404);
      expect(
        (await call(app, zn, 'POST', `/api/monitoring/alarms/${alarm.id}/acknowledge`, {})).statusCode,
      ).toBe(404);

      const ack = await call(app, spt, 'POST', `/api/monitoring/alarms/${alarm.id}/acknowledge`, {
        comment: '已通知企业值班室核查',
      });
      expect(ack.statusCode).toBe(200);
      expect(ack.json()).toMatchObject({
        acknowledgedBy: expect.any(String),
        comment: '已通知企业值班室核查',
      });
      expect((await latestAudit(built, 1))[0]).toMatchObject({
        action: 'monitoring.alarm.acknowledge',
        object_id: alarm.id,
      });
      const again = await call(app, spt, 'POST', `/api/monitoring/alarms/${alarm.id}/acknowledge`, {});
      expect(again.statusCode).toBe(409);

      // The trend holds the minutes' aggregates; the point its latest value.
      const trend = (
        await call(app, city, 'GET', `/api/monitoring/points/${point.id}/trend?minutes=10`)
      ).json();
      expect(trend.minutes.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(3);
      expect(Math.max(...trend.minutes.map((m: { max: number }) => m.max))).toBe(97);
      expect(trend).toMatchObject({ high: 80, highHigh: 90, uom: 'm' });
      const p = (await call(app, city, 'GET', `/api/monitoring/points/${point.id}`)).json();
      expect(p.lastValue).toBe(97);
    });

    it('a new alarm tells the regulators in scope and the enterprise, once per alarm (not per reading)', async () => {
      const { app } = t();
      const city = await login(app, 'city_admin');
      const [alarm] = (await call(app, city, 'GET', `/api/monitoring/alarms?pointId=${point.id}`)).json()
        .items;
      // A higher peak over the open alarm raises nothing new, so tells nobody again.
      await publish([[point.topic, JSON.stringify({ v: 98 })]]);
      const spt = await login(app, 'spt_admin');
      for (const s of [city, spt, ent]) {
        const mine = await noticesOf(app, s, alarm.id);
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({ kind: 'monitoring_alarm', title: expect.stringContaining('高高报') });
        expect(mine[0]!.body).toContain('液氯储罐液位（LT-101）');
        expect(mine[0]!.body).toContain('95.5m');
      }
      // Another county's regulator is not told (scope).
      const zn = await login(app, 'zn_admin');
      expect(await noticesOf(app, zn, alarm.id)).toEqual([]);

      // The city's alarm map: the enterprise, coloured by its worst open alarm; not another county's.
      const mapOf = async (s: Session) =>
        (await call(app, s, 'GET', '/api/monitoring/alarm-map')).json() as {
          items: {
            enterpriseId: string;
            worst: string;
            open: Record<string, number>;
            longitude: number | null;
          }[];
          truncated: boolean;
        };
      const cityMap = await mapOf(city);
      const mine = cityMap.items.find((i) => i.enterpriseId === alarm.enterpriseId);
      expect(mine).toMatchObject({ worst: 'high_high', open: { high_high: 1 } });
      expect(cityMap.truncated).toBe(false);
      expect((await mapOf(zn)).items.map((i) => i.enterpriseId)).not.toContain(alarm.enterpriseId);
      expect((await mapOf(ent)).items.map((i) => i.enterpriseId)).toEqual([alarm.enterpriseId]);
    });

    it('an alarm sustained past the configured time becomes a hazard in the loop, once', async () => {
      const { app, ctx } = t();
      const sys = await login(app, 'sys_admin');
      expect(
        (await call(app, sys, 'PUT', '/api/monitoring/policy', { sustainMinutes: 20, offlineMinutes: 10 }))
          .statusCode,
      ).toBe(200);
      const city = await login(app, 'city_admin');
      const [alarm] = (await call(app, city, 'GET', `/api/monitoring/alarms?pointId=${point.id}`)).json()
        .items;
      const raised = new Date(alarm.raisedAt).getTime();
      const escalate = (now: number) =>
        ctx.db.transaction().execute((trx) => escalateSustainedAlarms({ ...ctx, db: trx }, new Date(now)));
      await escalate(raised + 19 * 60_000);
      expect((await call(app, city, 'GET', `/api/monitoring/alarms/${alarm.id}`)).json().hazardId).toBeNull();
      expect(await escalate(raised + 20 * 60_000)).toBeGreaterThanOrEqual(1);
      const { hazardId } = (await call(app, city, 'GET', `/api/monitoring/alarms/${alarm.id}`)).json();
      expect(hazardId).toEqual(expect.any(String));
      const spt = await login(app, 'spt_admin');
      const hazard = (await call(app, spt, 'GET', `/api/hazards/${hazardId}`)).json();
      expect(hazard).toMatchObject({ status: 'reported', source: '企业自查' });
      expect(hazard.description).toContain('高高报持续超过 20 分钟');
      await escalate(raised + 60 * 60_000);
      expect((await call(app, city, 'GET', `/api/monitoring/alarms/${alarm.id}`)).json().hazardId).toBe(
        hazardId,
      );

      // Back below 高报: the alarm clears.
      await publish([[point.topic, JSON.stringify({ v: 40 })]]);
      const all = (
        await call(app, city, 'GET', `/api/monitoring/alarms?pointId=${point.id}&status=all`)
      ).json();
      expect(all.items[0].clearedAt).not.toBeNull();
      const open = (await call(app, city, 'GET', `/api/monitoring/alarms?pointId=${point.id}`)).json();
      expect(open.items).toEqual([]);
    });

    it('a malformed message is dropped and counted; the subscriber keeps working', async () => {
      const { app } = t();
      const before = ingestor.stats();
      const [ent, unit] = point.topic.split('/').slice(1, 3);
      await publish([
        [point.topic, 'not json {'],
        [point.topic, JSON.stringify({ v: 'high' })],
        [point.topic, JSON.stringify({ v: 1, extra: true })],
        [point.topic, JSON.stringify({ v: 1, t: '2001-01-01T00:00:00Z' })],
        [`${root}/x/y/z`, JSON.stringify({ v: 1 })],
        [`${root}/${ent}/${unit}/${crypto.randomUUID()}`, JSON.stringify({ v: 1 })],
        [`${root}/${ent}/${crypto.randomUUID()}/${point.id}`, JSON.stringify({ v: 1 })],
        [point.topic, Buffer.alloc(4096, 'x').toString()],
        [point.topic, JSON.stringify({ v: 42 })],
      ]);
      const after = ingestor.stats();
      const d = (k: string) => (after.dropped[k] ?? 0) - (before.dropped[k] ?? 0);
      expect([
        d('invalid_payload'),
        d('stale'),
        d('invalid_topic'),
        d('unknown_point'),
        d('topic_mismatch'),
      ]).toEqual([4, 1, 1, 1, 1]);
      expect(after.accepted - before.accepted).toBe(1);
      const city = await login(app, 'city_admin');
      const stats = (await call(app, city, 'GET', '/api/monitoring/ingest-stats')).json();
      expect(stats).toMatchObject({ connected: true, accepted: after.accepted });
      expect(stats.dropped.invalid_payload).toBeGreaterThanOrEqual(4);
      expect((await call(app, city, 'GET', `/api/monitoring/points/${point.id}`)).json().lastValue).toBe(42);
    });

    it('the daily job deletes aggregates older than the configured retention; newer ones stay', async () => {
      const { app, ctx } = t();
      const now = new Date();
      const daysAgo = (d: number) => minuteOf(new Date(now.getTime() - d * 86_400_000));
      const aggregate = (minute: Date) => ({
        pointId: point.id,
        minute,
        divisionCode: point.divisionCode,
        ...{ min: 1, max: 2, sum: 3, count: 2, last: 2, lastAt: minute },
      });
      await upsertMinutes(ctx.db, [aggregate(daysAgo(31)), aggregate(daysAgo(29)), aggregate(daysAgo(401))]);
      const stored = async () =>
        (
          await ctx.db
            .selectFrom('monitoring_minute')
            .select('minute')
            .where('point_id', '=', point.id)
            .orderBy('minute')
            .execute()
        ).map((r) => r.minute.getTime());
      // As the scheduler runs it: in a transaction of its own.
      const prune = (days?: number) =>
        ctx.db.transaction().execute((trx) =>
          pruneMinuteAggregates(
            {
              ...ctx,
              db: trx,
              config: {
                ...ctx.config,
                monitoringRetentionDays: days ?? ctx.config.monitoringRetentionDays,
              },
            },
            now,
          ),
        );
      expect(ctx.config.monitoringRetentionDays).toBe(400);
      expect(await prune()).toEqual({ deleted: 1 });
      expect(await stored()).not.toContain(daysAgo(401).getTime());
      expect(await stored()).toContain(daysAgo(31).getTime());
      expect(await prune(30)).toEqual({ deleted: 1 });
      const left = await stored();
      expect(left).not.toContain(daysAgo(31).getTime());
      expect(left).toContain(daysAgo(29).getTime());
      expect(left.every((m) => m >= daysAgo(30).getTime())).toBe(true);
      expect(await prune(30)).toEqual({ deleted: 0 });
      // Today's readings, the trend and the alarms are untouched.
      const city = await login(app, 'city_admin');
      const trend = (
        await call(app, city, 'GET', `/api/monitoring/points/${point.id}/trend?minutes=10`)
      ).json();
      expect(trend.minutes.length).toBeGreaterThan(0);
      const alarms = (
        await call(app, city, 'GET', `/api/monitoring/alarms?pointId=${point.id}&status=all`)
      ).json();
      expect(alarms.total).toBeGreaterThan(0);
    });

    it('a point that stops reporting raises a 离线 alarm (fixed clock), once; its next reading clears it', async () => {
      const { app, ctx } = t();
      const res = await call(app, ent, 'POST', '/api/monitoring/points', {
        unitId,
        code: 'PT-101',
        name: '液氯储罐压力',
        kind: 'pressure',
        uom: 'MPa',
        high: 1.2,
        highHigh: 1.5,
      });
      const silent = res.json();
      const created = new Date(silent.updatedAt).getTime();
      const offline = async () =>
        (await call(app, ent, 'GET', `/api/monitoring/alarms?pointId=${silent.id}&kind=offline`)).json()
          .items;
      await raiseOfflineAlarms(ctx, new Date(created + 9 * 60_000));
      expect(await offline()).toEqual([]);
      // (PostgreSQL keeps microseconds; the answer shows milliseconds.)
      await raiseOfflineAlarms(ctx, new Date(created + 10 * 60_000 + 1));
      expect(await offline()).toHaveLength(1);
      await raiseOfflineAlarms(ctx, new Date(created + 30 * 60_000));
      expect(await offline()).toHaveLength(1);
      // Told once, to the enterprise and the county, though the job ran again.
      const [off] = await offline();
      const spt = await login(app, 'spt_admin');
      for (const s of [ent, spt]) {
        const mine = await noticesOf(app, s, off.id);
        expect(mine).toHaveLength(1);
        expect(mine[0]!.title).toContain('离线');
      }
      // The enterprise sees its own 离线 alarm; the reading brings the point back.
      await publish([[silent.topic, JSON.stringify({ v: 0.6 })]]);
      expect(await offline()).toEqual([]);
    });
  },
  { mqtt: { enabled: false, url: undefined, host: '127.0.0.1', port: 0, topicRoot: root } },
);
