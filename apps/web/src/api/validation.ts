import { z } from 'zod';
import { type FieldIssue, zhValidationLocale } from '@anjian/domain';
import { ApiError } from './client.ts';
import { storedLang } from '../app/i18n.ts';

// Client-side validation speaks the user's language; the shared schemas carry Chinese custom messages.
z.config(storedLang() === 'en-US' ? z.locales.en() : zhValidationLocale);

/** Validates with one of the domain's schemas and answers issues in the server's `{field, message}` shape. */
export function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      field: ['body', ...i.path.map(String)].join('.'),
      message: i.message,
    })),
  };
}

/** An antd Form rule that checks one field with a domain schema, showing the schema's first message. */
export function zodRule(schema: z.ZodType) {
  return {
    validator: (_rule: unknown, value: unknown): Promise<void> => {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const result = schema.safeParse(value);
      return result.success
        ? Promise.resolve()
        : Promise.reject(new Error(result.error.issues[0]?.message ?? '格式不正确'));
    },
  };
}

/** Client-side issues as an error `useApiError` shows like the server's 400. */
export const invalidInput = (issues: FieldIssue[]): ApiError =>
  new ApiError(400, 'VALIDATION_FAILED', '请检查填写的内容', issues);

/** The value checked with a domain schema, or a throw of the issues as `useApiError` shows a server 400. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const checked = validate(schema, value);
  if (!checked.ok) throw invalidInput(checked.issues);
  return checked.data;
}

/** The maximum length a domain string schema (`text(n)`, `z.string().max(n)`) declares, if any. */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  const s = schema as z.ZodType & { maxLength?: number | null; unwrap?: () => z.ZodType };
  if (typeof s.maxLength === 'number') return s.maxLength;
  return typeof s.unwrap === 'function' ? maxLengthOf(s.unwrap()) : undefined;
}

/**
 * A text input's counter from the schema (issue 11 item 8): the count shows `n / max` and turns red past
 * the maximum, but the text is never cut (antd's maxLength would silently truncate a paste); the form
 * refuses it with the field's message instead (`lengthRule`).
 */
export const counted = (schema: z.ZodType) => {
  const max = maxLengthOf(schema);
  return max ? { count: { show: true, max } } : {};
};
export const lengthRule = (schema: z.ZodType, label = '') => {
  const max = maxLengthOf(schema);
  return max ? { max, message: `${label}最多 ${max} 个字符` } : {};
};
