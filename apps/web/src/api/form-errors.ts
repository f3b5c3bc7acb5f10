import type { FormInstance } from 'antd';
import type { FieldIssue } from '@anjian/domain';
import { isApiError } from './client.ts';

type NamePath = (string | number)[];

/** `body.password.minLength` → `['password', 'minLength']`: the server names the request part first. */
export function fieldPath(field: string): NamePath {
  const parts = field.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts field issues next to the form's fields. Returns the issues that name no field of the form, so
 * the caller can show them elsewhere.
 */
export function applyFieldIssues(form: FormInstance, issues: FieldIssue[]): FieldIssue[] {
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const name = fieldPath(issue.field);
    const key = JSON.stringify(name);
    if (!registered.has(key)) {
      unmatched.push(issue);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/** The server's field issues of an error, applied to a form; the rest come back for a message. */
export function applyServerErrors(
  form: FormInstance | undefined,
  err: unknown,
): { applied: boolean; unmatched: FieldIssue[] } {
  if (!isApiError(err)) return { applied: false, unmatched: [] };
  const issues = err.fieldIssues;
  if (!form) return { applied: false, unmatched: issues };
  const unmatched = applyFieldIssues(form, issues);
  return { applied: unmatched.length < issues.length, unmatched };
}
