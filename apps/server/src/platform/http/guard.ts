import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type Permission, type SecurityPolicy } from '@anjian/domain';
import { type Actor, type RequestContext, can } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { loadSecurityPolicy } from '../auth/policy.ts';
import { type SessionState, actorFromSession, lookupSession, passwordExpired } from '../auth/session.ts';
import { csrfTokenFor, safeEqual } from '../auth/tokens.ts';

export const SESSION_COOKIE = 'anjian_sid';

/**
 * Per-route access declaration, in the route's `config`. Default: a full session is required.
 * - `public`: no session needed.
 * - `permission`: the role must hold it, or one of them when a list is given (SECURITY.md AC-06); the
 *   use case then decides the finer rule (e.g. which admin may change which account).
 * - `pending`: allowed while the user must change the password or enrol a second factor.
 * - `mfaStage`: allowed with a session that still waits for the second factor.
 */
export interface RouteAccess {
  public?: boolean;
  permission?: Permission | readonly Permission[];
  pending?: boolean;
  mfaStage?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    session: SessionState | null;
    sessionToken: string | null;
    sessionExpired: boolean;
    /** A session cookie was sent that matches no session: tampered, forged or long gone (audited). */
    sessionUnknown: boolean;
    actor: Actor | null;
    /** Who and from where, for audit rows. */
    rc: RequestContext;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the session, then enforces authentication, CSRF, pending states and permissions in one place. */
export function installGuard(app: FastifyInstance, ctx: AppContext, opts: { publicDocs: boolean }) {
  const writes = writeThrottle(ctx.config.writeRateLimit);
  // The policy read in onRequest is the one preValidation enforces: one read per request (issue 14).
  const policyOf = new WeakMap<FastifyRequest, SecurityPolicy>();
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('sessionUnknown', false);
  app.decorateRequest('actor', null);
  app.decorateRequest('rc', null as unknown as RequestContext);

  app.addHook('onRequest', async (req) => {
    req.rc = { actor: null, ip: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: req.id };
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const policy = await loadSecurityPolicy(ctx.db);
    policyOf.set(req, policy);
    const found = await lookupSession(ctx.db, token, policy);
    if (!found) {
      req.sessionUnknown = true;
      return;
    }
    if ('expired' in found) {
      req.sessionExpired = true;
      return;
    }
    req.session = found.state;
    req.sessionToken = token;
    if (found.state.stage === 'full') {
      req.actor = actorFromSession(found.state.user);
      req.rc.actor = req.actor;
    }
  });

  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access ?? {};
    // Unknown paths answer 404 and the API docs are public outside production; everything else under
    // /api is guarded.
    if (
      access.public ||
      req.is404 ||
      !req.url.startsWith('/api/') ||
      (opts.publicDocs && req.routeOptions.url?.startsWith('/api/docs'))
    )
      return;
    const session = req.session;
    if (!session) throw new AppError(req.sessionExpired ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
    if (!SAFE_METHODS.has(req.method)) checkCsrf(req, ctx);
    if (session.stage === 'mfa') {
      if (access.mfaStage) return;
      throw new AppError('AUTH_MFA_REQUIRED');
    }
    const user = session.user;
    if (user.status !== 'active') throw new AppError('AUTH_DISABLED');
    if (!access.pending) {
      const policy = policyOf.get(req) ?? (await loadSecurityPolicy(ctx.db));
      if (user.mustChangePassword || passwordExpired(user, policy))
        throw new AppError('AUTH_PASSWORD_CHANGE_REQUIRED');
      if (user.roleMfaRequired && !user.totpEnabled) throw new AppError('AUTH_MFA_ENROLL_REQUIRED');
    }
    if (access.permission && ![access.permission].flat().some((p) => can(req.actor, p)))
      throw new AppError('FORBIDDEN');
    if (!SAFE_METHODS.has(req.method) && !writes.allow(user.id, Date.now()))
      throw new AppError('RATE_LIMITED', '写操作过于频繁，请稍后再试');
  });
}

/**
 * Writes per user per minute (issue 15: 4 276 hazards in two minutes from one account), a fixed window
 * kept in the process: with several instances each counts its own share. `limit` 0 turns it off.
 */
export function writeThrottle(limit: number) {
  const windows = new Map<string, { start: number; n: number }>();
  return {
    allow(userId: string, now: number): boolean {
      if (limit <= 0) return true;
      const w = windows.get(userId);
      if (!w || now - w.start >= 60_000) {
        if (windows.size > 10_000) windows.clear();
        windows.set(userId, { start: now, n: 1 });
        return true;
      }
      w.n += 1;
      return w.n <= limit;
    },
  };
}

function checkCsrf(req: FastifyRequest, ctx: AppContext) {
  const sent = req.headers['x-csrf-token'];
  const expected = csrfTokenFor(req.sessionToken ?? '', ctx.csrfSecret);
  if (typeof sent !== 'string' || !safeEqual(sent, expected)) throw new AppError('CSRF_INVALID');
}
