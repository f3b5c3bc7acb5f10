import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalizeWidth, text } from './schemas.ts';
import { zhValidationLocale } from './zod-zh.ts';

const first = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? null : r.error.issues[0]!.message;
};

describe('validation messages in specific Chinese', () => {
  beforeAll(() => z.config(zhValidationLocale));
  it.each([
    [z.number().min(0), -1, '不能小于 0'],
    [z.number().positive(), 0, '应大于 0'],
    [z.number().max(100), 101, '不能大于 100'],
    [z.number(), 'abc', '应为数字'],
    [z.number(), undefined, '必填'],
    [z.string(), null, '不能为空'],
    [text(10), '一二三四五六七八九十零', '最多 10 个字符'],
    [text(10), '   ', '不能为空'],
    [z.string().min(8), 'abc', '至少 8 个字符'],
    [z.number().int(), 1.5, '应为整数'],
    [z.enum(['一般', '重大']), '较大', '应为以下之一：一般、重大'],
    [z.object({ a: z.string() }).strict(), { a: 'x', b: 1 }, '不认识的字段：b'],
    [z.uuid(), 'x', '格式不正确，应为编号（UUID）'],
  ] as const)('%#: %j → %s', (schema, input, message) => {
    expect(first(schema as z.ZodType, input)).toBe(message);
  });
  it('never says 期望 or 数值过小', () => {
    for (const [s, v] of [
      [z.number().min(0), -3],
      [z.string().max(2), 'abc'],
      [z.array(z.string()).min(1), []],
    ] as const)
      expect(first(s as z.ZodType, v)).not.toMatch(/期望|数值过|number|string/);
  });
});

describe('full-width digits and letters', () => {
  it('become ASCII; Chinese punctuation stays', () => {
    expect(normalizeWidth('ＡＢ１２３号罐，容积：５０ｍ３（约）')).toBe('AB123号罐，容积：50m3（约）');
    expect(text(50).parse(' ９１６４０５０２ＭＡ７６ＸＸＸＸ１Ｘ ')).toBe('91640502MA76XXXX1X');
  });
});
