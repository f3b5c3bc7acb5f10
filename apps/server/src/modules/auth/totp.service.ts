import QRCode from 'qrcode';
import { AppError } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { verifyPassword } from '../../platform/auth/password-hash.ts';
import type { SessionState } from '../../platform/auth/session.ts';
import { sha256 } from '../../platform/auth/tokens.ts';
import { findUserById, updateAccount } from '../users/index.ts';
import { matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from '../../platform/auth/totp.ts';

/* Enrolling and removing the TOTP second factor (SECURITY.md AUTH-04); signing in with it is in auth.service.ts. */

/** Starts TOTP enrolment: a new secret, not active until a code proves the authenticator has it. */
export async function setupTotp(ctx: AppContext, rc: RequestContext, session: SessionState) {
  const secret = newTotpSecret();
  const uri = totpUri(secret, session.user.username);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccount(trx, session.user.id, { totp_secret: ctx.secrets.seal(secret), totp_enabled: false });
    await ctx.audit(trx, rc, {
      eventType: 'auth',
      action: 'auth.totp_setup',
      objectType: 'user',
      objectId: session.user.id,
    });
  });
  return { secret, otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri) };
}

export async function enableTotp(ctx: AppContext, rc: RequestContext, session: SessionState, code: string) {
  const user = await findUserById(ctx.db, session.user.id);
  const step = user.totp_secret ? matchTotp(ctx.secrets.open(user.totp_secret), code) : null;
  if (step === null)
    throw new AppError('AUTH_MFA_INVALID', '动态验证码错误，请确认手机时间准确', [
      { field: 'code', message: '验证码错误' },
    ]);
  const codes = newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccount(trx, user.id, {
      totp_enabled: true,
      totp_last_step: step,
      recovery_codes: JSON.stringify(codes.map((c) => sha256(c))),
    });
    await ctx.audit(trx, rc, {
      eventType: 'auth',
      action: 'auth.totp_enable',
      objectType: 'user',
      objectId: user.id,
    });
  });
  return { recoveryCodes: codes };
}

export async function disableTotp(
  ctx: AppContext,
  rc: RequestContext,
  session: SessionState,
  password: string,
) {
  if (session.user.roleMfaRequired) throw new AppError('FORBIDDEN', '所属角色要求启用双因素认证，不能关闭');
  const user = await findUserById(ctx.db, session.user.id);
  if (!(await verifyPassword(password, user.password_hash)))
    throw new AppError('PASSWORD_WRONG', '密码错误', [{ field: 'password', message: '密码错误' }]);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccount(trx, user.id, {
      totp_enabled: false,
      totp_secret: null,
      totp_last_step: null,
      recovery_codes: JSON.stringify([]),
    });
    await ctx.audit(trx, rc, {
      eventType: 'auth',
      action: 'auth.totp_disable',
      objectType: 'user',
      objectId: user.id,
    });
  });
}
