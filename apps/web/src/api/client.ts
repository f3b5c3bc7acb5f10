import type { FieldIssue } from '@anjian/domain';

/**
 * The one way the web client talks to the server: same-origin cookies, JSON, the CSRF token on every
 * write, and errors parsed from `{"error":{"code","message","details"}}`. The session lives in an
 * httpOnly cookie; the CSRF token lives only in memory.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The field-level problems of a 400 (`[{field, message}]`), empty otherwise. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as FieldIssue).field === 'string' &&
        typeof (d as FieldIssue).message === 'string',
    );
  }

  /** `details.lockedUntil` of a 423 AUTH_LOCKED. */
  get lockedUntil(): string | null {
    const d = this.details;
    if (typeof d === 'object' && d !== null && 'lockedUntil' in d && typeof d.lockedUntil === 'string')
      return d.lockedUntil;
    return null;
  }
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;

let csrfToken: string | null = null;

/** Called with the token of every `Me` answer (login, second factor, GET /api/auth/me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface ApiHandlers {
  /** No valid session (401 AUTH_REQUIRED / AUTH_SESSION_EXPIRED, 403 AUTH_MFA_REQUIRED). */
  onUnauthorized: (err: ApiError) => void;
  /** 403 AUTH_PASSWORD_CHANGE_REQUIRED or AUTH_MFA_ENROLL_REQUIRED: the user must go to "my account". */
  onPending: (err: ApiError) => void;
}

const fallbackHandlers: ApiHandlers = {
  onUnauthorized: () => {
    if (window.location.pathname !== '/login') window.location.assign('/login');
  },
  onPending: () => {
    if (window.location.pathname !== '/account') window.location.assign('/account');
  },
};
let handlers: ApiHandlers = fallbackHandlers;

/** The router installs handlers that navigate without reloading the page. */
export function setApiHandlers(next: ApiHandlers | null): void {
  handlers = next ?? fallbackHandlers;
}

const unauthorizedCodes = new Set(['AUTH_REQUIRED', 'AUTH_SESSION_EXPIRED', 'AUTH_MFA_REQUIRED']);
const pendingCodes = new Set(['AUTH_PASSWORD_CHANGE_REQUIRED', 'AUTH_MFA_ENROLL_REQUIRED']);

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Do not navigate on 401 (the start-up GET /api/auth/me, the login form). */
  noRedirect?: boolean;
  signal?: AbortSignal;
  /** Set by `request` inside a `submitOnce` (and kept for its CSRF retry). */
  idempotencyKey?: string;
  /** Answer the body as a Blob (a generated .xlsx), not as JSON or text. */
  blob?: boolean;
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function parseError(res: Response): Promise<ApiError> {
  try {
    const body: unknown = await res.json();
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const e = (body as { error: { code?: unknown; message?: unknown; details?: unknown } }).error;
      return new ApiError(
        res.status,
        String(e.code ?? 'INTERNAL'),
        String(e.message ?? '请求失败'),
        e.details,
      );
    }
  } catch {
    // not JSON: a proxy or gateway error page
  }
  // A gateway's own page: the API behind it is down or restarting, which the user should hear as such.
  if ([502, 503, 504].includes(res.status))
    return new ApiError(res.status, 'UNAVAILABLE', `服务暂时不可用，请稍后重试（HTTP ${res.status}）`);
  return new ApiError(
    res.status,
    res.status >= 500 ? 'INTERNAL' : 'HTTP_ERROR',
    `请求失败（HTTP ${res.status}）`,
  );
}

/** A random key that also works outside a secure context (crypto.randomUUID needs https). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let submission: { key: string; counts: Map<string, number> } | null = null;

/**
 * Runs one form submission: every JSON POST it makes carries an `Idempotency-Key` derived from `key`
 * (one per path and position), so a repeat of the same submission — a retry after a lost answer — gets
 * the first answer instead of creating a second record (issue 11).
 */
export async function submitOnce<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = submission;
  submission = { key, counts: new Map() };
  try {
    return await fn();
  } finally {
    submission = previous;
  }
}

/** The Idempotency-Key of the n-th POST to `path` within the submission `key` (the offline outbox reuses it). */
export const idempotencyKeyOf = (key: string, path: string, n = 0) =>
  `${key}-${n}-${path.replace(/[^\x21-\x7e]/g, '').slice(0, 120)}`;

function idempotencyKeyFor(path: string): string | null {
  if (!submission) return null;
  const n = submission.counts.get(path) ?? 0;
  submission.counts.set(path, n + 1);
  return idempotencyKeyOf(submission.key, path, n);
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body (a file upload) goes as multipart: the browser sets its Content-Type and boundary.
  const multipart = opts.body instanceof FormData;
  if (opts.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method === 'POST' && !multipart && opts.idempotencyKey !== undefined)
    headers['Idempotency-Key'] = opts.idempotencyKey;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(url(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        opts.body === undefined ? undefined : multipart ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络');
  }
}

/** Fetches a fresh CSRF token after a CSRF_INVALID (for instance after the session was renewed). */
async function refreshCsrf(): Promise<boolean> {
  const res = await send('GET', '/auth/me', {});
  if (!res.ok) return false;
  const me = (await res.json()) as { csrfToken?: unknown };
  if (typeof me.csrfToken !== 'string') return false;
  csrfToken = me.csrfToken;
  return true;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  if (method === 'POST' && !(opts.body instanceof FormData) && opts.idempotencyKey === undefined) {
    const key = idempotencyKeyFor(path);
    if (key !== null) opts = { ...opts, idempotencyKey: key };
  }
  let res = await send(method, path, opts);
  if (res.status === 403 && method !== 'GET') {
    const copy = res.clone();
    const err = await parseError(copy);
    if (err.code === 'CSRF_INVALID' && (await refreshCsrf())) res = await send(method, path, opts);
  }
  if (!res.ok) {
    const err = await parseError(res);
    if (!opts.noRedirect && unauthorizedCodes.has(err.code)) handlers.onUnauthorized(err);
    if (!opts.noRedirect && err.status === 403 && pendingCodes.has(err.code)) handlers.onPending(err);
    throw err;
  }
  if (res.status === 204) return undefined as T;
  if (opts.blob) return (await res.blob()) as T;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return (await res.text()) as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, opts: Omit<RequestOptions, 'query' | 'body'> = {}) =>
    request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data POST (an .xlsx import), with the CSRF header like every write. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
  /** The same upload, answered by a file (an error report). */
  uploadForFile: (path: string, form: FormData) => request<Blob>('POST', path, { body: form, blob: true }),
};
