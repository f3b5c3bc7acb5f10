import { describe, expect, it } from 'vitest';
import { text } from './schemas.ts';
import { cleanRequestText, textProblem, withSafeText } from './text-safety.ts';
import { z } from 'zod';

/** SECURITY.md IP-01 (issue 15 item 7): what a text field refuses, and what it lets through. */
describe('textProblem (IP-01)', () => {
  const refused: [string, string][] = [
    ['NUL', '中卫\u0000化工'],
    ['lone high surrogate', '中卫\uD83D化工'],
    ['lone low surrogate', '\uDE00中卫'],
    ['RLO override (Trojan Source)', '中卫\u202E工化'],
    ['LRI isolate', '\u2066中卫'],
    ['RLM mark', '中卫\u200F'],
    ['zero-width space (look-alike name)', '中卫\u200B化工'],
    ['zero-width joiner', '中\u200D卫'],
    ['BOM', '\uFEFF中卫'],
    ['bell (C0)', '中卫\u0007'],
    ['escape (C0)', '\u001B[31m中卫'],
    ['DEL', '中卫\u007F'],
    ['C1 control', '中卫\u0085'],
    ['soft hyphen', '中\u00AD卫'],
    ['line separator', '中\u2028卫'],
  ];
  it.each(refused)('refuses %s', (_name, s) => {
    expect(textProblem(s)).toMatch(/不能包含|无效/);
  });
  const accepted: [string, string][] = [
    ['Chinese', '中卫市沙坡头区应急管理局'],
    ['newline, CR and TAB in a description', '第一行\r\n第二行\t缩进'],
    ['emoji (a surrogate pair)', '安全 😀'],
    ['rare CJK outside the BMP', '𠀀𪚥'],
    ['full-width punctuation', '（有限公司）：“安全”'],
  ];
  it.each(accepted)('accepts %s', (_name, s) => {
    expect(textProblem(s)).toBeNull();
  });

  it('normalises every string of a request to NFC, but not passwords; names the path of a bad one', () => {
    const issues: { path: (string | number)[]; message: string }[] = [];
    const out = cleanRequestText(
      { name: 'Cafe\u0301', items: [{ note: 'ok' }, { note: 'a\u0000b' }], password: 'Cafe\u0301#1' },
      [],
      issues,
    );
    expect(out).toEqual({
      name: 'Café',
      items: [{ note: 'ok' }, { note: 'a\u0000b' }],
      password: 'Cafe\u0301#1',
    });
    expect(issues).toEqual([{ path: ['items', 1, 'note'], message: '不能包含空字符（NUL）' }]);
  });

  it('withSafeText refuses before the route schema and passes the normalised value on', () => {
    const schema = withSafeText(z.object({ name: z.string() }).strict());
    expect(schema.parse({ name: 'Cafe\u0301' })).toEqual({ name: 'Café' });
    const r = schema.safeParse({ name: '中卫\u202E' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['name'], message: expect.stringContaining('U+202E') });
  });

  it('the shared text() field refuses and normalises on its own (browser forms)', () => {
    expect(text(20).parse(' Cafe\u0301 ')).toBe('Café');
    expect(text(20).safeParse('中\u200B卫').success).toBe(false);
  });
});
