import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { compileDocNumberPattern, formatDocNumber, parseDocNumber } from './doc-number.ts';

const issue = compileDocNumberPattern('（{authority}）{kind}〔{year}〕{seq}号');
const padded = compileDocNumberPattern('{authority}·{kind}罚〔{year}〕第{seq:3}号');

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? { code: e.code, details: e.details } : 'other';
  }
  return null;
};

describe('document numbers', () => {
  it("the issue's example: （中卫）应急检记〔2026〕12号, and back", () => {
    const v = { authority: '中卫', kind: '应急检记', year: 2026, seq: 12 };
    expect(formatDocNumber(issue, v)).toBe('（中卫）应急检记〔2026〕12号');
    expect(parseDocNumber(issue, '（中卫）应急检记〔2026〕12号')).toEqual(v);
  });

  it('a padded sequence: 中卫·应急罚〔2026〕第012号; beyond the width it grows', () => {
    expect(formatDocNumber(padded, { authority: '中卫', kind: '应急', year: 2026, seq: 12 })).toBe(
      '中卫·应急罚〔2026〕第012号',
    );
    expect(formatDocNumber(padded, { authority: '中卫', kind: '应急', year: 2026, seq: 1234 })).toBe(
      '中卫·应急罚〔2026〕第1234号',
    );
    expect(parseDocNumber(padded, '中卫·应急罚〔2026〕第012号')).toEqual({
      authority: '中卫',
      kind: '应急',
      year: 2026,
      seq: 12,
    });
  });

  it.each([
    ['（中卫）应急检记〔2026〕012号', 'a leading zero the pattern does not make'],
    ['（中卫）应急检记[2026]12号', 'other brackets'],
    ['（中卫）应急检记〔26〕12号', 'a two-digit year'],
    ['（中卫）应急检记〔2026〕0号', 'sequence zero'],
    ['（中卫）应急检记〔2026〕12号 ', 'trailing text'],
    ['中卫·应急罚〔2026〕第12号', 'too few digits for {seq:3}'],
  ])('refuses %s (%s)', (text) => {
    const p = text.startsWith('（') ? issue : padded;
    expect(codeOf(() => parseDocNumber(p, text))).toMatchObject({ code: 'ENFORCEMENT_DOC_NUMBER_INVALID' });
  });

  it('refuses values that would read back differently', () => {
    expect(
      codeOf(() => formatDocNumber(issue, { authority: '中卫）市', kind: '应急检记', year: 2026, seq: 1 })),
    ).toMatchObject({
      code: 'ENFORCEMENT_DOC_NUMBER_INVALID',
    });
    expect(
      codeOf(() => formatDocNumber(issue, { authority: '', kind: '应急检记', year: 2026, seq: 1 })),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(
      codeOf(() => formatDocNumber(issue, { authority: '中卫', kind: '应急检记', year: 2026, seq: 0 })),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('pattern validation', () => {
  it.each([
    ['（{authority}）{kind}〔{year}〕号', ['缺少 {seq}']],
    ['{authority}-{kind}-{year}-{year}-{seq}', ['{year} 出现了 2 次']],
    ['{authority}-{kind}-{year}-{seq}-{no}', ['未知的占位符 {no}']],
    ['{authority}-{kind}{seq}〔{year}〕', ['{kind} 与 {seq} 之间须有分隔文字']],
    ['{authority}-{kind}-{year:4}-{seq}', ['{year:4}：只有 seq 可指定 1–9 位宽度', '缺少 {year}']],
    ['{authority}-{kind}-{year}-{seq:0}', ['{seq:0}：只有 seq 可指定 1–9 位宽度', '缺少 {seq}']],
    ['{authority}-{kind-{year}-{seq}', ['花括号不成对', '缺少 {kind}']],
    ['', ['缺少 {authority}', '缺少 {kind}', '缺少 {year}', '缺少 {seq}']],
  ])('%j is refused', (pattern, problems) => {
    expect(codeOf(() => compileDocNumberPattern(pattern))).toEqual({
      code: 'ENFORCEMENT_DOC_PATTERN_INVALID',
      details: { problems },
    });
  });

  it('fields may come in any order when separated', () => {
    const p = compileDocNumberPattern('{year}年{kind}第{seq}号（{authority}）');
    const text = formatDocNumber(p, { authority: '沙坡头区', kind: '整改指令', year: 2026, seq: 7 });
    expect(text).toBe('2026年整改指令第7号（沙坡头区）');
    expect(parseDocNumber(p, text).authority).toBe('沙坡头区');
  });
});
