/**
 * `npm run simulate:monitoring` — the demo's 在线监测 gateway: reads the monitoring points from a running
 * server (ANJIAN_URL, default http://127.0.0.1:3000, signed in as a regulator that sees them: ANJIAN_SIM_USER,
 * default city_admin with the demo password) and publishes a plausible reading for each point every
 * ANJIAN_SIM_INTERVAL_MS (default 5000) to MQTT_URL (default mqtt://127.0.0.1:<ANJIAN_MQTT_PORT or 1883>,
 * the server's embedded broker or Mosquitto). Values wander around 45–65 % of the 高报 value; now and then
 * (ANJIAN_SIM_EXCURSION, the chance per point and minute, default 0.02) a point climbs past 高报 or 高高报
 * for one to three minutes and comes back. `--once` publishes one round and exits.
 */
import mqtt from 'mqtt';
import { DEMO_PASSWORD } from '../demo/accounts.ts';

interface Point {
  id: string;
  code: string;
  topic: string;
  high: number | null;
  highHigh: number | null;
}

const base = process.env.ANJIAN_URL ?? 'http://127.0.0.1:3000';
const user = process.env.ANJIAN_SIM_USER ?? 'city_admin';
const password = process.env.ANJIAN_SIM_PASSWORD ?? DEMO_PASSWORD;
const mqttUrl = process.env.MQTT_URL || `mqtt://127.0.0.1:${process.env.ANJIAN_MQTT_PORT ?? 1883}`;
const intervalMs = Number(process.env.ANJIAN_SIM_INTERVAL_MS ?? 5000);
const excursionPerMinute = Number(process.env.ANJIAN_SIM_EXCURSION ?? 0.02);
const once = process.argv.includes('--once');

async function points(): Promise<Point[]> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password }),
  });
  if (!login.ok) throw new Error(`sign-in as ${user} failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const all: Point[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}/api/monitoring/points?pageSize=200&page=${page}`, {
      headers: { cookie },
    });
    if (!res.ok) throw new Error(`GET /api/monitoring/points: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { items: Point[]; total: number };
    all.push(...body.items);
    if (all.length >= body.total || body.items.length === 0) return all;
  }
}

/** A random walk per point, with an occasional excursion past its thresholds. */
function walker(p: Point) {
  const scale = p.high ?? p.highHigh ?? 100;
  let v = scale * (0.45 + 0.2 * Math.random());
  let excursion: { until: number; target: number } | null = null;
  const chance = 1 - (1 - excursionPerMinute) ** (intervalMs / 60_000);
  return (now: number): number => {
    if (!excursion && Math.random() < chance) {
      const past = Math.random() < 0.5 && p.highHigh !== null ? p.highHigh : scale;
      excursion = { until: now + 60_000 * (1 + 2 * Math.random()), target: past * 1.05 };
      console.log(`${p.code}: excursion to ${excursion.target.toFixed(2)}`);
    }
    if (excursion && now > excursion.until) excursion = null;
    const target = excursion ? excursion.target : scale * 0.55;
    v += (target - v) * (excursion ? 0.5 : 0.1) + scale * 0.02 * (Math.random() - 0.5);
    return Math.round(v * 100) / 100;
  };
}

const list = await points();
if (list.length === 0) {
  console.error('no monitoring points: is the server a demo installation with major hazard units?');
  process.exit(1);
}
const client = await mqtt.connectAsync(mqttUrl);
console.log(`publishing ${list.length} points to ${mqttUrl} every ${intervalMs} ms`);
const walkers = list.map((p) => ({ p, next: walker(p) }));
const round = async () => {
  const now = Date.now();
  await Promise.all(
    walkers.map(({ p, next }) =>
      client.publishAsync(p.topic, JSON.stringify({ v: next(now), t: new Date(now).toISOString() })),
    ),
  );
};
await round();
if (once) {
  await client.endAsync();
} else {
  const timer = setInterval(() => void round(), intervalMs);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      clearInterval(timer);
      void client.endAsync().then(() => process.exit(0));
    });
}
