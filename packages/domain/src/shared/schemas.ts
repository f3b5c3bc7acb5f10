import { z } from 'zod';
import { PagingLimits } from './paging.ts';
import { textProblem } from './text-safety.ts';

/** `?page=&pageSize=` with a capped page size (SECURITY.md IP-01). */
export const pagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(PagingLimits.maxPageSize)
    .default(PagingLimits.defaultPageSize),
});

export const uuidParam = z.object({ id: z.uuid() }).strict();

export const divisionCode = z.string().regex(/^\d{6}(\d{3}){0,2}$/, '区划代码应为 6、9 或 12 位数字');

/**
 * Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ, pasted from Word or WeChat) become ASCII, as NFKC
 * maps them; the rest of the text is only NFC-normalised, because NFKC would also turn Chinese punctuation
 * (，：（）) into ASCII punctuation, which changes what the user wrote.
 */
export const normalizeWidth = (s: string) =>
  s.normalize('NFC').replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => c.normalize('NFKC'));

/**
 * Trimmed, non-empty free text with a maximum length (refused beyond it, never cut), NFC-normalised with
 * full-width digits and letters made ASCII, without control, bidi or zero-width characters (the server
 * also applies the check to every string of every request, `withSafeText`).
 */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .overwrite(normalizeWidth)
    .min(1)
    .max(max)
    .check((c) => {
      const problem = textProblem(c.value);
      if (problem) c.issues.push({ code: 'custom', message: problem, input: c.value });
    });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    /** True when the list has more than `total` rows: big lists count up to a cap (COUNT_CAP on the server). */
    totalCapped: z.boolean().optional(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
