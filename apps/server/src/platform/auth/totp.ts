import crypto from 'node:crypto';
import * as OTPAuth from 'otpauth';

/** RFC 6238 TOTP (SECURITY.md AUTH-04): 6 digits, 30 s steps, one step of drift either way. */
const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, username: string): string {
  return new OTPAuth.TOTP({
    issuer: 'Anjian 安监',
    label: username,
    secret: OTPAuth.Secret.fromBase32(secret),
    period: PERIOD,
  }).toString();
}

/** The time step a code matches, or null. Callers refuse a step at or before the last one used (replay). */
export function matchTotp(secret: string, code: string, now = Date.now()): number | null {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), period: PERIOD });
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

export function totpCode(secret: string, now = Date.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), period: PERIOD }).generate({
    timestamp: now,
  });
}

export function newRecoveryCodes(n = 8): string[] {
  return Array.from({ length: n }, () => crypto.randomBytes(5).toString('hex'));
}
