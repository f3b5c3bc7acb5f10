import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  composeCreditCode,
  creditCodeCheckChar,
  orgCodeCheckChar,
  validateCreditCode,
} from './credit-code.ts';

// Codes composed here by hand from GB 32100-2015 and GB 11714-1997, checked against the arithmetic:
//   91 640502 MA76A1B2 9 2: org-code check Σ(v·w) for M,A,7,6,A,1,B,2 = 22·3+10·7+7·9+6·10+10·5+1·8+11·4+2·2 = 365,
//   11 − 365 mod 11 = 9; final check 31 − Σ mod 31 = '2'.
const VALID = [
  ['91640502MA76A1B292', '工商 企业, 沙坡头区'],
  ['93640521MA7600005T', '工商 农民专业合作社, 中宁县'],
  ['12640522452013056G', '机构编制 事业单位, 海原县'],
  ['91350100M000100Y43', 'GB 32100-2015 附录示例'],
  ['9144030071526726XG', '深圳 企业（组织机构代码校验位为 X）'],
  ['914403001922038216', '深圳 企业'],
  [' 91640502ma76a1b292 ', '首尾空格、小写也接受'],
] as const;

describe('统一社会信用代码 GB 32100-2015', () => {
  it.each(VALID)('accepts %s (%s)', (code) => {
    expect(validateCreditCode(code)).toEqual({ valid: true, code: code.trim().toUpperCase() });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['91640502MA76A1B29', 'length'],
    ['91640502MA76A1B2922', 'length'],
    ['91640502MA76I1B292', 'charset'], // I is not in the alphabet
    ['91640502MA76O1B292', 'charset'], // O
    ['91640502MA76Z1B292', 'charset'], // Z
    ['91640502MA76S1B292', 'charset'], // S
    ['91640502MA76V1B292', 'charset'], // V
    ['91640502MA76-1B292', 'charset'],
    ['X1640502MA76A1B292', 'authority'], // X is a legal character but no registration authority
    ['B1640502MA76A1B292', 'authority'], // B is in the alphabet but no authority uses it
    ['94640502MA76A1B292', 'category'], // 工商 has categories 1, 2, 3 only
    ['Y2640502MA76A1B292', 'category'],
    ['91990502MA76A1B292', 'division'], // 99 is no province
    ['9164A502MA76A1B292', 'division'],
    ['91640502MA76A1B282', 'orgCode'], // 17th character wrong
    ['91640502MA76A1B293', 'check'], // 18th character wrong
    ['91350100M000100Y44', 'check'],
  ] as const)('rejects %j as %s', (code, problem) => {
    const r = validateCreditCode(code);
    expect(r).toMatchObject({ valid: false, problem });
    if (!r.valid) expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('computes the GB 11714 check character, including X and 0', () => {
    expect(orgCodeCheckChar('MA76A1B2')).toBe('9');
    expect(orgCodeCheckChar('71526726')).toBe('X');
    expect(orgCodeCheckChar('19220382')).toBe('1');
  });

  it('composes codes that validate, and any single-character change of a valid code is caught', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('91', '92', '93', '11', '12', '51', '52', '53', 'Y1'),
        fc.constantFrom('640502', '640521', '640522', '110105'),
        fc.array(
          fc.constantFrom(
            ...CREDIT_CODE_ALPHABET.replace(/[A-Z]/g, '').split(''),
            ...'ABCDEFGHJKLMNPQRTUWXY',
          ),
          { minLength: 8, maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (prefix, division, body, pos, shift) => {
          const code = composeCreditCode(prefix, division, body.join(''));
          expect(validateCreditCode(code).valid).toBe(true);
          const ch = code.charAt(pos);
          const other = CREDIT_CODE_ALPHABET.charAt((CREDIT_CODE_ALPHABET.indexOf(ch) + shift) % 31);
          const mutated = code.slice(0, pos) + other + code.slice(pos + 1);
          // The mod-31 check catches every single substitution among the first 17 characters.
          if (pos < 17) expect(creditCodeCheckChar(mutated.slice(0, 17))).not.toBe(code.charAt(17));
          expect(validateCreditCode(mutated).valid).toBe(false);
        },
      ),
    );
  });
});
