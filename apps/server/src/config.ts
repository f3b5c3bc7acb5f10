import net from 'node:net';
import path from 'node:path';

/** Everything the server reads from its environment, parsed once at start. */
export interface Config {
  port: number;
  host: string;
  /** node-postgres URL of a PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files, uploads and the audit key. `memory://` keeps PGlite in memory. */
  dataDir: string;
  /** The division (GB/T 2260) this installation serves; its subtree and ancestors are loaded. */
  region: string;
  /**
   * Demo mode seeds the Zhongwei demo accounts with a known password and no forced change. Default: on
   * while ANJIAN_ADMIN_PASSWORD is unset — except under NODE_ENV=production, where only ANJIAN_DEMO=true
   * turns it on.
   */
  demo: boolean;
  /** In demo mode, also load the demo accidents and denominators 2010–2020 (off by default under NODE_ENV=test). */
  demoAccidents: boolean;
  /** First admin's password outside demo mode (SECURITY.md AC-02). */
  adminPassword: string | undefined;
  /** Key for the audit hash chain (AU-03); kept outside the database. Read from the data dir if unset. */
  auditKey: string | undefined;
  /** Cookies marked Secure (behind HTTPS); off for plain-HTTP localhost. */
  secureCookies: boolean;
  production: boolean;
  logLevel: string;
  /** Scrypt cost; lowered only by tests. */
  scryptCost: number;
  /** Requests per minute per IP on the login endpoint. */
  loginRateLimit: number;
  /** Writes (POST/PUT/PATCH/DELETE) per minute per signed-in user (ANJIAN_WRITE_RATE_LIMIT); 0 turns it off. */
  writeRateLimit: number;
  /** Serve the built web client from this folder, if it exists. */
  webDist: string;
  /** In demo mode, also seed the ~500 demo enterprises, agencies and their accounts (ANJIAN_DEMO_ENTERPRISES). */
  demoEnterprises: boolean;
  /**
   * The address people reach the installation at (ANJIAN_PUBLIC_ORIGIN, e.g. https://aj.zhongwei.gov.cn),
   * for links that leave the browser: the QR code on a 风险告知卡. Unset: the request's own host.
   */
  publicOrigin: string | undefined;
  /**
   * Which peers may set X-Forwarded-For/-Host/-Proto (ANJIAN_TRUSTED_PROXIES): addresses or CIDR ranges,
   * or a hop count. Default: nobody — a client's own headers never choose its IP, host or scheme.
   */
  trustedProxies: false | number | string[];
  /**
   * 在线监测 readings over MQTT (issue 12 item 5): subscribe to an external broker at `url` (MQTT_URL), or
   * else run an embedded broker (aedes) on `host:port` (ANJIAN_MQTT_HOST, default 127.0.0.1, and
   * ANJIAN_MQTT_PORT, default 1883). ANJIAN_MQTT=off runs no subscriber at all.
   */
  mqtt: { enabled: boolean; url: string | undefined; host: string; port: number; topicRoot: string };
  /**
   * 在线监测 per-minute aggregates are kept this many days (ANJIAN_MONITORING_RETENTION_DAYS, default 400:
   * a year and its same month compared); the daily job monitoring.prune deletes older ones. A platform
   * default, not a legal figure.
   */
  monitoringRetentionDays: number;
}

/** ANJIAN_MONITORING_RETENTION_DAYS: a whole number of days ≥ 1; anything else stops the start. */
export function parseRetentionDays(value: string | undefined, dflt = 400): number {
  if (value === undefined || value.trim() === '') return dflt;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new Error(`ANJIAN_MONITORING_RETENTION_DAYS must be a whole number of days (≥ 1): ${value}`);
  return Number(value);
}

/** ANJIAN_TRUSTED_PROXIES: `10.0.0.5,10.0.1.0/24` or a hop count such as `1`; anything else stops the start. */
export function parseTrustedProxies(value: string | undefined): false | number | string[] {
  if (!value?.trim()) return false;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const list = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const item of list) {
    const [addr = '', bits] = item.split('/');
    const kind = net.isIP(addr);
    const max = kind === 4 ? 32 : 128;
    if (!kind || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max)))
      throw new Error(`ANJIAN_TRUSTED_PROXIES: not an IP address or CIDR range: ${item}`);
  }
  return list;
}

/** An http(s) origin without path, query or credentials; anything else stops the start with a clear message. */
export function parsePublicOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ANJIAN_PUBLIC_ORIGIN is not a URL: ${value}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash)
    throw new Error(
      `ANJIAN_PUBLIC_ORIGIN must be an http(s) origin such as https://aj.example.gov.cn: ${value}`,
    );
  if (url.pathname !== '/' && url.pathname !== '')
    throw new Error(`ANJIAN_PUBLIC_ORIGIN must not have a path: ${value}`);
  return url.origin;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const production = env.NODE_ENV === 'production';
  // What is printed (the 风险告知卡 QR code) must not point wherever a request's Host header says.
  if (production && !env.ANJIAN_PUBLIC_ORIGIN)
    throw new Error(
      'NODE_ENV=production needs ANJIAN_PUBLIC_ORIGIN, the address the public reaches this installation at (e.g. https://aj.example.gov.cn)',
    );
  const flag = (v: string | undefined, dflt: boolean) =>
    v === undefined ? dflt : ['1', 'true', 'yes'].includes(v);
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ANJIAN_DATA_DIR ?? path.resolve('data'),
    region: env.ANJIAN_REGION ?? '640500',
    // In production the published demo password is never a default: demo mode only when asked for.
    demo: production ? flag(env.ANJIAN_DEMO, false) : flag(env.ANJIAN_DEMO, !env.ANJIAN_ADMIN_PASSWORD),
    demoAccidents: flag(env.ANJIAN_DEMO_ACCIDENTS, env.NODE_ENV !== 'test'),
    adminPassword: env.ANJIAN_ADMIN_PASSWORD || undefined,
    auditKey: env.ANJIAN_AUDIT_KEY || undefined,
    secureCookies: flag(env.ANJIAN_SECURE_COOKIES, production),
    production,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    scryptCost: Number(env.ANJIAN_SCRYPT_COST ?? 2 ** 15),
    loginRateLimit: Number(env.ANJIAN_LOGIN_RATE_LIMIT ?? 30),
    writeRateLimit: Number(env.ANJIAN_WRITE_RATE_LIMIT ?? 600),
    webDist: path.resolve(env.ANJIAN_WEB_DIST ?? 'dist/web'),
    demoEnterprises: flag(env.ANJIAN_DEMO_ENTERPRISES, true),
    publicOrigin: parsePublicOrigin(env.ANJIAN_PUBLIC_ORIGIN),
    trustedProxies: parseTrustedProxies(env.ANJIAN_TRUSTED_PROXIES),
    mqtt: {
      enabled: flag(env.ANJIAN_MQTT, true),
      url: env.MQTT_URL || undefined,
      host: env.ANJIAN_MQTT_HOST ?? '127.0.0.1',
      port: Number(env.ANJIAN_MQTT_PORT ?? 1883),
      topicRoot: env.ANJIAN_MQTT_TOPIC_ROOT ?? 'anjian',
    },
    monitoringRetentionDays: parseRetentionDays(env.ANJIAN_MONITORING_RETENTION_DAYS),
    ...overrides,
  };
}
