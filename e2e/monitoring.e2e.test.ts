import crypto from 'node:crypto';
import net from 'node:net';
import mqtt from 'mqtt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startIngestor } from '../apps/server/src/modules/monitoring/index.ts';
import { call, login } from '../apps/server/test/test-app.ts';
import { describeE2E, shot, signedIn } from './support.ts';

/**
 * The broker as the API tests pick it: Mosquitto when it listens on 127.0.0.1:1883 (these machines,
 * .ci/run), else the embedded one; ANJIAN_TEST_MQTT=embedded asks for the embedded one.
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

/** A topic root of its own: runs sharing the machine's Mosquitto never see each other's readings. */
const root = `anjian-e2e-${crypto.randomBytes(4).toString('hex')}`;

interface Point {
  id: string;
  code: string;
  name: string;
  enterpriseName: string;
  highHigh: number | null;
  topic: string;
}

describeE2E(
  'online monitoring in the browser',
  (e) => {
    let ingestor: Awaited<ReturnType<typeof startIngestor>>;
    let publisher: mqtt.MqttClient;
    beforeAll(async () => {
      ingestor = await startIngestor(e().app.ctx, {
        url: await externalBroker(),
        port: 0,
        topicRoot: root,
        flushMs: 200,
      });
      await ingestor.ready;
      publisher = await mqtt.connectAsync(ingestor.url);
    });
    afterAll(async () => {
      await publisher?.endAsync();
      await ingestor?.stop();
    });

    it('a reading above 高高报 published to the broker is an alarm the regulator sees on the map and list; a malformed message is dropped without harm', async () => {
      const { app } = e().app;
      const api = await login(app, 'spt_admin');
      const points = (await call(app, api, 'GET', '/api/monitoring/points?pageSize=100')).json()
        .items as Point[];
      const point = points.find((p) => p.highHigh !== null)!;
      expect(point).toBeDefined();
      await publisher.publishAsync(point.topic, JSON.stringify({ v: point.highHigh! + 10 }));
      await expect
        .poll(
          async () =>
            (await call(app, api, 'GET', `/api/monitoring/alarms?pointId=${point.id}`)).json().items[0]?.kind,
          { timeout: 10_000 },
        )
        .toBe('high_high');

      // The regulator's page: the enterprise on the map in the 高高报 layer, the alarm in the list beside it.
      const page = await signedIn(e(), 'spt_admin');
      await page.goto('/monitoring');
      await page.getByTestId('monitoring-map').waitFor();
      const list = page.getByTestId('monitoring-map-list');
      const item = list.getByTestId('monitoring-map-alarm').filter({ hasText: `（${point.code}）` });
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await item.first().textContent()).toContain('高高报');
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const option = window.__anjianMonitoringMap?.getOption() as
                { series: { name: string; data: { name: string }[] }[] } | undefined;
              return (option?.series ?? []).flatMap((s) => s.data.map((d) => `${s.name}:${d.name}`));
            }),
          { timeout: 10_000 },
        )
        .toContain(`高高报:${point.enterpriseName}`);
      // The map's tooltip takes names as text: what an enterprise is called cannot become markup.
      const tip = await page.evaluate(() => {
        const option = window.__anjianMonitoringMap!.getOption() as {
          tooltip: { formatter: (p: unknown) => string }[];
        };
        const name = '<img src=x onerror="alert(1)">化工';
        return option.tooltip[0]!.formatter({ seriesName: '高高报', data: { name, counts: '高高报 1' } });
      });
      expect(tip).toContain('&lt;img');
      expect(tip).not.toContain('<img');
      expect(tip).toContain('最严重：高高报');
      // Hovering the enterprise's point shows it (the geo's own tooltip is off; the series turn theirs on).
      const at = await page.evaluate(() => {
        const c = window.__anjianMonitoringMap!;
        const series = (c.getOption() as { series: { data: { value: number[] }[] }[] }).series;
        const seriesIndex = series.findIndex((x) => x.data.length > 0);
        return c.convertToPixel({ seriesIndex }, series[seriesIndex]!.data[0]!.value) as number[];
      });
      const box = (await page.getByTestId('monitoring-map').boundingBox())!;
      await page.mouse.move(box.x + at[0]! - 20, box.y + at[1]! - 20);
      await page.mouse.move(box.x + at[0]!, box.y + at[1]!, { steps: 5 });
      await expect
        .poll(() => page.getByTestId('monitoring-map').textContent(), { timeout: 5_000 })
        .toContain(`${point.enterpriseName}最严重：高高报`);
      await shot(page, 'monitoring-map');
      // The list opens the point's live trend.
      await item.first().click();
      await page.getByTestId('monitoring-trend').waitFor({ timeout: 10_000 });
      await shot(page, 'monitoring-trend');
      await page.keyboard.press('Escape');

      // A malformed message: counted and dropped; the server still answers, the alarm is still shown.
      // (The browser's sign-in ended the API session of spt_admin: a login ends the account's other sessions.)
      const city = await login(app, 'city_admin');
      const dropped = async () =>
        ((await call(app, city, 'GET', '/api/monitoring/ingest-stats')).json().dropped.invalid_payload as
          number | undefined) ?? 0;
      const before = await dropped();
      await publisher.publishAsync(point.topic, 'not json {');
      await publisher.publishAsync(point.topic, Buffer.from([0xff, 0xfe, 0x00]));
      await expect.poll(dropped, { timeout: 10_000 }).toBe(before + 2);
      await page.reload();
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect((await call(app, city, 'GET', `/api/monitoring/points/${point.id}`)).json().lastValue).toBe(
        point.highHigh! + 10,
      );
      await page.context().close();
    });
  },
  { mqtt: { enabled: false, url: undefined, host: '127.0.0.1', port: 0, topicRoot: root } },
);
