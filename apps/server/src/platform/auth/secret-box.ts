import crypto from 'node:crypto';

/**
 * Encrypts small secrets kept in the database (TOTP seeds) with AES-256-GCM under a key derived from the
 * audit key, which lives outside the database: a dump alone yields no usable second factor.
 * Format `v1:<iv>:<tag>:<ciphertext>` (base64url). A value without the prefix is read as plain text, so rows
 * written before encryption still work.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function secretBox(masterKey: Buffer): SecretBox {
  const key = crypto.createHmac('sha256', masterKey).update('anjian-secret-box').digest();
  return {
    seal(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join(':');
    },
    open(sealed) {
      const [v, iv, tag, body] = sealed.split(':');
      if (v !== 'v1' || !iv || !tag || body === undefined) return sealed;
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
