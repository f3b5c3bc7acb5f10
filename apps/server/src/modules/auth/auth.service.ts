import {
  AppError,
  type RoleCode,
  permissions as allPermissions,
  hasPermission,
  normalizeUsername,
  roleDefinition,
} from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../platform/auth/password-hash.ts';
import { assertNotReused, assertPasswordAcceptable, nextHistory } from '../../platform/auth/passwords.ts';
import { loadSecurityPolicy } from '../../platform/auth/policy.ts';
import {
  type SessionState,
  completeSession,
  createSession,
  deleteSession,
  endSessionsOf,
  passwordExpired,
} from '../../platform/auth/session.ts';
import { csrfTokenFor, sha256 } from '../../platform/auth/tokens.ts';
import { matchTotp } from '../../platform/auth/totp.ts';
import { reserveAttempt } from '../../platform/auth/login-attempts.ts';
import { findUserById, findUserByUsername, orgNamesOf, updateAccount } from '../users/index.ts';

type UserRecord = NonNullable<Awaited<ReturnType<typeof findUserByUsername>>>;

/**
 * A failed sign-in step whose attempt was already counted by `reserveAttempt`: the failure is audited,
 * and so is the lock when this attempt was the threshold-th (AUTH-02).
 */
async function auditFailure(
  ctx: AppContext,
  rc: RequestContext,
  subject: { objectType: 'user' | 'username'; objectId: string },
  action: string,
  reason: string,
  locking: Date | null,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await ctx.audit(trx, rc, { eventType: 'auth', action, ...subject, outcome: 'failure', reason });
    if (locking)
      await ctx.audit(trx, rc, {
        eventType: 'auth',
        action: 'auth.lock',
        ...subject,
        outcome: 'success',
        reason: 'threshold reached',
      });
  });
}

function lockedError(until: Date) {
  const hhmm = until.toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  });
  return new AppError('AUTH_LOCKED', `账号已锁定，请于 ${hhmm} 后再试`, { lockedUntil: until.toISOString() });
}

/** The audit context of a sign-in step, which has no actor yet: name the account being tried. */
const rcFor = (
  rc: RequestContext,
  user: Pick<UserRecord, 'id' | 'username' | 'role_code'>,
): RequestContext => ({
  ...rc,
  actor: {
    userId: user.id,
    username: user.username,
    displayName: user.username,
    role: (roleDefinition(user.role_code)?.code as RoleCode | undefined) ?? null,
    divisionCode: null,
    departmentId: null,
    sectors: [],
    enterpriseId: null,
  },
});

/**
 * Password sign-in (AUTH-01, AUTH-02, AUTH-05): lock after the policy's failures, refuse disabled or
 * expired accounts, end the user's other sessions, and open a session that still needs the second
 * factor when TOTP is on.
 */
export async function login(
  ctx: AppContext,
  rc: RequestContext,
  input: { username: string; password: string },
) {
  const username = normalizeUsername(input.username);
  const policy = await loadSecurityPolicy(ctx.db);
  const user = await findUserByUsername(ctx.db, username);
  // An unknown username is counted and locked like an account, so the answers do not tell which exist.
  const subject = user ? { userId: user.id } : { username: username.slice(0, 64) };
  const auditRc = user ? rcFor(rc, user) : rc;
  const audited = user
    ? { objectType: 'user' as const, objectId: user.id }
    : { objectType: 'username' as const, objectId: username.slice(0, 64) };
  const attempt = await reserveAttempt(ctx.db, subject, policy);
  if (attempt.locked) {
    await auditFailure(ctx, auditRc, audited, 'auth.login', 'locked', null);
    throw lockedError(attempt.locked);
  }
  const passwordOk = await verifyPassword(
    input.password,
    user ? user.password_hash : await dummyHash(ctx.config.scryptCost),
  );
  if (!user || !passwordOk) {
    await auditFailure(
      ctx,
      auditRc,
      audited,
      'auth.login',
      user ? 'bad_password' : 'unknown_user',
      attempt.locking,
    );
    if (attempt.locking) throw lockedError(attempt.locking);
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  const refusal =
    user.status !== 'active'
      ? 'AUTH_DISABLED'
      : user.expires_at && user.expires_at.getTime() <= Date.now()
        ? 'AUTH_EXPIRED'
        : null;
  if (refusal) {
    await ctx.db.transaction().execute((trx) =>
      ctx.audit(trx, rcFor(rc, user), {
        eventType: 'auth',
        action: 'auth.login',
        objectType: 'user',
        objectId: user.id,
        outcome: 'failure',
        reason: refusal,
      }),
    );
    throw new AppError(refusal);
  }
  const stage = user.totp_enabled ? 'mfa' : 'full';
  const token = await ctx.db.transaction().execute(async (trx) => {
    await endSessionsOf(trx, user.id);
    await updateAccount(trx, user.id, {
      failed_logins: 0,
      locked_until: null,
      ...(stage === 'full' && { last_login_at: new Date() }),
    });
    const t = await createSession(trx, user.id, stage, policy, rc);
    await ctx.audit(trx, rcFor(rc, user), {
      eventType: 'auth',
      action: stage === 'full' ? 'auth.login' : 'auth.login_password',
      objectType: 'user',
      objectId: user.id,
    });
    return t;
  });
  return token;
}

/** Second factor (AUTH-04): a TOTP code not used before, or an unused recovery code. */
export async function verifySecondFactor(
  ctx: AppContext,
  rc: RequestContext,
  session: SessionState,
  code: string,
) {
  const user = await findUserById(ctx.db, session.user.id);
  const attempt = await reserveAttempt(ctx.db, { userId: user.id }, await loadSecurityPolicy(ctx.db));
  if (attempt.locked) throw lockedError(attempt.locked);
  const step =
    user.totp_secret && /^\d{6}$/.test(code) ? matchTotp(ctx.secrets.open(user.totp_secret), code) : null;
  const replay = step !== null && user.totp_last_step !== null && step <= user.totp_last_step;
  const recovery = step === null ? user.recovery_codes.indexOf(sha256(code.toLowerCase())) : -1;
  if ((step === null && recovery < 0) || replay) {
    const subject = { objectType: 'user' as const, objectId: user.id };
    await auditFailure(
      ctx,
      rcFor(rc, user),
      subject,
      'auth.mfa',
      replay ? 'replayed_code' : 'bad_code',
      attempt.locking,
    );
    if (attempt.locking) throw lockedError(attempt.locking);
    throw new AppError('AUTH_MFA_INVALID');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccount(trx, user.id, {
      failed_logins: 0,
      locked_until: null,
      last_login_at: new Date(),
      ...(step !== null && { totp_last_step: step }),
      ...(recovery >= 0 && {
        recovery_codes: JSON.stringify(user.recovery_codes.filter((_, i) => i !== recovery)),
      }),
    });
    await completeSession(trx, session.tokenHash);
    await ctx.audit(trx, rcFor(rc, user), {
      eventType: 'auth',
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
      reason: recovery >= 0 ? 'recovery_code' : 'totp',
    });
  });
}

/** Logout destroys the server-side session (AUTH-02, RI-01). */
export async function logout(ctx: AppContext, rc: RequestContext, session: SessionState) {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.tokenHash);
    await ctx.audit(
      trx,
      rc.actor ? rc : rcFor(rc, { id: session.user.id, username: session.user.username, role_code: null }),
      {
        eventType: 'auth',
        action: 'auth.logout',
        objectType: 'user',
        objectId: session.user.id,
      },
    );
  });
}

/** What the client needs to know about the signed-in user, including its CSRF token. */
export async function me(ctx: AppContext, session: SessionState, sessionToken: string) {
  const u = session.user;
  const policy = await loadSecurityPolicy(ctx.db);
  const names = await orgNamesOf(ctx.db, u.id);
  return {
    user: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      roleName: roleDefinition(u.role)?.name ?? null,
      divisionCode: u.divisionCode,
      divisionName: names?.division_name ?? null,
      departmentId: u.departmentId,
      departmentName: names?.department_name ?? null,
      enterpriseId: u.enterpriseId,
      totpEnabled: u.totpEnabled,
    },
    permissions: session.stage === 'full' ? allPermissions.filter((p) => hasPermission(u.role, p)) : [],
    stage: session.stage,
    mustChangePassword: u.mustChangePassword || passwordExpired(u, policy),
    mfaEnrollRequired: u.roleMfaRequired && !u.totpEnabled,
    csrfToken: csrfTokenFor(sessionToken, ctx.csrfSecret),
    demo: ctx.config.demo,
  };
}

/** Changes one's own password under the policy and history rules; other sessions end (AUTH-01). */
export async function changePassword(
  ctx: AppContext,
  rc: RequestContext,
  session: SessionState,
  input: { oldPassword: string; newPassword: string },
) {
  const user = await findUserById(ctx.db, session.user.id);
  if (!(await verifyPassword(input.oldPassword, user.password_hash))) {
    await ctx.db.transaction().execute((trx) =>
      ctx.audit(trx, rc, {
        eventType: 'auth',
        action: 'auth.change_password',
        objectType: 'user',
        objectId: user.id,
        outcome: 'failure',
        reason: 'wrong_old_password',
      }),
    );
    throw new AppError('PASSWORD_WRONG', undefined, [{ field: 'oldPassword', message: '原密码错误' }]);
  }
  const policy = await loadSecurityPolicy(ctx.db);
  assertPasswordAcceptable(input.newPassword, user.username, policy, 'newPassword');
  await assertNotReused(input.newPassword, user.password_hash, user.password_history, policy);
  const hash = await hashPassword(input.newPassword, ctx.config.scryptCost);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccount(trx, user.id, {
      password_hash: JSON.stringify(hash),
      password_history: JSON.stringify(nextHistory(user.password_hash, user.password_history, policy)),
      password_changed_at: new Date(),
      must_change_password: false,
      updated_at: new Date(),
    });
    await endSessionsOf(trx, user.id, { tokenHash: session.tokenHash });
    await ctx.audit(trx, rc, {
      eventType: 'auth',
      action: 'auth.change_password',
      objectType: 'user',
      objectId: user.id,
    });
  });
}
