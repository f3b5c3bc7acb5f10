import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import autocannon from 'autocannon';

export function machine() {
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Peak resident memory of the server so far, from /proc (VmHWM), in MiB. */
  peakRssMiB(): number | null;
  stop(): Promise<void>;
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn('node', ['--import', 'tsx', 'apps/server/src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exitCode: number | null | undefined;
  const exited = new Promise((r) => child.once('exit', (code) => r((exitCode = code))));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    // A server that died at start (bad configuration) or never answered must stop the benchmark, not let it
    // run on against nothing.
    if (exitCode !== undefined) throw new Error(`the server exited at start (code ${exitCode})`);
    if (i === 1200) throw new Error('the server did not answer /api/health within 120 s');
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    base,
    peakRssMiB: () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Math.round(Number(m[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function signIn(base: string, username = 'city_admin', password = 'Anjian@2026') {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf };
}

/** Current resident memory of a process, in MiB. */
export function rssMiB(pid: number | undefined): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export interface HttpFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

/** Latency percentiles and throughput of one GET through HTTP, bounded in time, on 127.0.0.1 only. */
export async function measureHttp(
  url: string,
  cookie: string,
  seconds: number,
  connections = 4,
): Promise<HttpFigures> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error('benchmarks target 127.0.0.1 only');
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { cookie } },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    // Every response's time, so that p95 is exact (autocannon's summary has p90 and p97.5 but no p95).
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 100) / 100;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: Math.round(r.requests.average),
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/** Percentiles of repeated timings of a function (raw SQL on the database), in milliseconds. */
export async function measureRaw(
  fn: () => Promise<unknown>,
  runs = 50,
): Promise<{ p50: number; p95: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
