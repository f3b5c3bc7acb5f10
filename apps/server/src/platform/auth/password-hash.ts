import crypto from 'node:crypto';
import { promisify } from 'node:util';

/** A stored password: the algorithm and its parameters travel with the hash (DC-02). */
export interface PasswordHash {
  alg: 'scrypt';
  params: { N: number; r: number; p: number; keylen: number };
  salt: string;
  hash: string;
}

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** scrypt from node:crypto, a memory-hard KDF (SECURITY.md DC-02), stored as {alg, params, salt, hash}. */
export async function hashPassword(password: string, cost: number): Promise<PasswordHash> {
  const params = { N: cost, r: 8, p: 1, keylen: 32 };
  const salt = crypto.randomBytes(16);
  const hash = await derive(password, salt, params);
  return { alg: 'scrypt', params, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(password, Buffer.from(stored.salt, 'base64'), stored.params);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

function derive(password: string, salt: Buffer, params: PasswordHash['params']): Promise<Buffer> {
  return scrypt(password.normalize('NFC'), salt, params.keylen, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  });
}

/** A hash to compare against when the user does not exist, so timing does not reveal usernames. */
let dummy: PasswordHash | undefined;
export async function dummyHash(cost: number): Promise<PasswordHash> {
  dummy ??= await hashPassword(crypto.randomBytes(12).toString('hex'), cost);
  return dummy;
}
