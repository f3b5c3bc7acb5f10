import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone, normalizePersonalNumber } from './personal-numbers.ts';

describe('masking personal numbers (PI-02)', () => {
  it.each([
    ['13812345678', '138****5678'], // SECURITY.md's own example
    ['138 1234 5678', '138****5678'],
    ['１３８１２３４５６７８', '138****5678'], // full-width, pasted from a document
    ['0955-7012345', '09*****2345'], // a landline: 0955 is 中卫's area code
    ['12345', '*****'],
  ])('phone %s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([
    ['640502199001011234', '6405**********1234'], // SECURITY.md's own example
    ['64050219900101123x', '6405**********123X'],
    ['640502900101123', '64***********23'], // a 15-digit first-generation number
  ])('ID number %s → %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('normalises what people paste', () => {
    expect(normalizePersonalNumber(' 138-1234-5678 ')).toBe('13812345678');
    expect(normalizePersonalNumber('（0955）7012345')).toBe('09557012345');
  });
});
