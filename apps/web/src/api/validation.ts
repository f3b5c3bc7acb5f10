import { z } from 'zod';
import type { FieldIssue } from '@anjian/domain';
import { ApiError } from './client.ts';
import { storedLang } from '../app/i18n.ts';

// Client-side validation speaks the user's language; the shared schemas carry Chinese custom messages.
z.config(storedLang() === 'en-US' ? z.locales.en() : z.locales.zhCN());

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
