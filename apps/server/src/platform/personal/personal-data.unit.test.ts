import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, personalSealer } from './personal-data.ts';

const key = crypto.randomBytes(32);
const sealer = personalSealer(key);

describe('personal numbers sealed at rest (DC-02)', () => {
  it('round-trips, and the sealed text holds no digit run of the number', () => {
    const { sealed } = sealer.seal('13812345678');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('12345678');
    expect(sealer.open(sealed)).toBe('13812345678');
  });

  it('encrypts the same number differently each time, but indexes it the same way', () => {
    const a = sealer.seal('13812345678');
    const b = sealer.seal('13812345678');
    expect(a.sealed).not.toBe(b.sealed);
    expect(a.index).toBe(b.index);
    expect(sealer.index('138 1234 5678')).toBe(a.index); // spaces do not change the number
    expect(sealer.index('13812345679')).not.toBe(a.index);
  });

  it('refuses a value whose ciphertext was altered', () => {
    const { sealed } = sealer.seal('640502199001011234');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => sealer.open(parts.join(':'))).toThrow(/integrity/);
  });

  it('another installation key neither opens the value nor reproduces the index', () => {
    const other = personalSealer(crypto.randomBytes(32));
    const { sealed, index } = sealer.seal('13812345678');
    expect(() => other.open(sealed)).toThrow();
    expect(other.index('13812345678')).not.toBe(index);
  });
});
