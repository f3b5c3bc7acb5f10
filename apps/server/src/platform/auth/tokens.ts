import crypto from 'node:crypto';

export const newToken = (): string => crypto.randomBytes(32).toString('base64url');
export const sha256 = (s: string): string => crypto.createHash('sha256').update(s).digest('hex');

/**
 * The CSRF token of a session is derived from the session token with a server secret, so it needs no
 * storage and changes with every session. Clients get it from login and `GET /api/auth/me` and send
 * it back as the `X-CSRF-Token` header on every write.
 */
export function csrfTokenFor(sessionToken: string, secret: Buffer): string {
  return crypto.createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}
