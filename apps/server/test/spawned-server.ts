import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

/**
 * A real server process over loopback HTTP, for the tests that must not go through `app.inject`: crash
 * safety (SIGKILL) and the replay of the outside probe's attacks (issue 15 item 9).
 */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

export interface SpawnedServer {
  child: ChildProcess;
  exited: Promise<number | null>;
  base: string;
  /** Stops it (SIGTERM) and waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `apps/server/src/main.ts` with `env` on a free port and waits until /api/health answers. */
export async function spawnServer(env: NodeJS.ProcessEnv): Promise<SpawnedServer> {
  const port = await freePort();
  const child = spawn('node', ['--import', 'tsx', 'apps/server/src/main.ts'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${port}`;
  let gone = false;
  void exited.then(() => (gone = true));
  // Up to 90 s: a cold start seeds the whole demo, and CI runs other test files beside this one.
  for (let i = 0; i < 900 && !gone; i++) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok)
        return {
          child,
          exited,
          base,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(gone ? 'server exited during start-up' : 'server did not start');
}

export interface HttpSession {
  cookie: string;
  csrf: string;
}

/** Signs in like the browser; the cookie and CSRF token go with every later call. */
export async function signInTo(
  base: string,
  username: string,
  password = 'Anjian@2026',
): Promise<HttpSession> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken?: string };
  if (!res.ok || !body.csrfToken) throw new Error(`login ${username}: ${res.status}`);
  return { cookie, csrf: body.csrfToken };
}

/** A JSON (or raw-body) call with the session's cookie and CSRF token. */
export function httpCall(
  base: string,
  s: HttpSession | null,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const raw = body instanceof Buffer || typeof body === 'string';
  return fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body !== undefined && !raw ? { 'content-type': 'application/json' } : {}),
      ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
  });
}
