import crypto from 'node:crypto';
import { maskPhone, normalizePersonalNumber } from '@anjian/domain';

/**
 * Personal numbers (phones, ID numbers) at rest (SECURITY.md DC-02): SM4-CTR under a key kept outside the
 * database, authenticated with HMAC-SM3 over iv and ciphertext (encrypt-then-MAC; node:crypto has no
 * SM4-GCM), plus a blind index — HMAC-SM3 of the normalised value under a second key — so that an exact
 * search compares indexes and never needs the plain number. A dump alone yields neither the numbers nor a
 * way to test guesses against the index.
 *
 * Sealed format `sm4:1:<iv>:<ciphertext>:<tag>` (base64url).
 */
export interface PersonalSealer {
  seal(plain: string): { sealed: string; index: string };
  open(sealed: string): string;
  /** The blind index of a value, for exact search. */
  index(plain: string): string;
}

const PREFIX = 'sm4:1';

const derive = (masterKey: Buffer, purpose: string, length: number) =>
  crypto.createHmac('sha256', masterKey).update(purpose).digest().subarray(0, length);

export const isSealed = (value: string) => value.startsWith(`${PREFIX}:`);

export function personalSealer(masterKey: Buffer): PersonalSealer {
  const encKey = derive(masterKey, 'anjian-personal-sm4', 16);
  const macKey = derive(masterKey, 'anjian-personal-mac', 32);
  const indexKey = derive(masterKey, 'anjian-personal-index', 32);
  const mac = (iv: Buffer, body: Buffer) => crypto.createHmac('sm3', macKey).update(iv).update(body).digest();
  const index = (plain: string) =>
    crypto.createHmac('sm3', indexKey).update(normalizePersonalNumber(plain)).digest('base64url');
  return {
    index,
    seal(plain) {
      const iv = crypto.randomBytes(16);
      const cipher = crypto.createCipheriv('sm4-ctr', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const sealed = [PREFIX, iv, body, mac(iv, body)]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join(':');
      return { sealed, index: index(plain) };
    },
    open(sealed) {
      if (!isSealed(sealed)) throw new Error('not a sealed personal value');
      const [, , ivText, bodyText, tagText] = sealed.split(':');
      const iv = Buffer.from(ivText!, 'base64url');
      const body = Buffer.from(bodyText!, 'base64url');
      const expected = mac(iv, body);
      const tag = Buffer.from(tagText!, 'base64url');
      if (tag.length !== expected.length || !crypto.timingSafeEqual(tag, expected))
        throw new Error('sealed personal value fails its integrity check');
      const decipher = crypto.createDecipheriv('sm4-ctr', encKey, iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

/** What a table keeps of a phone: sealed, blind-indexed and masked; all null to clear; undefined leaves it. */
export function sealPhone(p: PersonalSealer, phone: string | null | undefined) {
  if (phone === undefined) return undefined;
  const plain = phone === null ? '' : normalizePersonalNumber(phone);
  if (!plain) return { sealed: null, index: null, masked: null };
  return { ...p.seal(plain), masked: maskPhone(plain) };
}
