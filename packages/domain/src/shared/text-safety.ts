import { z } from 'zod';

/**
 * Characters refused in every text field of a request (SECURITY.md IP-01): NUL and the other C0/C1
 * controls but TAB, LF and CR; DEL; soft hyphen; bidi embeddings, overrides, isolates and marks (the
 * "Trojan Source" look-alikes); zero-width spaces and joiners, word joiner and BOM; interlinear annotation.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text is refused, in Chinese for the 400's field message; null when it is acceptable. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return '不能包含空字符（NUL）';
  if (LONE_SURROGATE.test(s)) return '包含无效的 Unicode 字符（孤立的代理项）';
  const m = UNSAFE.exec(s);
  if (m) {
    const cp = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return `不能包含控制字符、双向控制符或零宽字符（U+${cp}）`;
  }
  return null;
}

/** Keys whose value is a secret typed by a person: checked, but not normalised (a stored hash must match). */
const SECRET_KEY = /password|secret/i;

/** Every string in a request value, checked and NFC-normalised; issues name the path to each bad string. */
export function cleanRequestText(
  value: unknown,
  path: (string | number)[] = [],
  issues: { path: (string | number)[]; message: string }[] = [],
): unknown {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) issues.push({ path, message: problem });
    const key = path[path.length - 1];
    return typeof key === 'string' && SECRET_KEY.test(key) ? value : value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanRequestText(v, [...path, i], issues));
  // Plain objects, and the prototype-less objects a query string parses into (fast-querystring's
  // `new Empty()`, whose prototype has none).
  const proto: unknown = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  const plain =
    proto === Object.prototype ||
    proto === null ||
    (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
  if (value && plain) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k);
      if (keyProblem) issues.push({ path: [...path, k], message: `字段名${keyProblem}` });
      out[k] = cleanRequestText(v, [...path, k], issues);
    }
    return out;
  }
  return value;
}

/**
 * The one refinement every request schema goes through (the server wraps each route's body, query and
 * params schema with it): bad characters anywhere are a 400 naming the field; every string is NFC.
 */
export const requestText = z.unknown().transform((value, ctx) => {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const cleaned = cleanRequestText(value, [], issues);
  for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message, input: value });
  return issues.length ? z.NEVER : cleaned;
});

/** A request schema behind the text refinement: what the server's validator compiler runs. */
export function withSafeText<T extends z.ZodType>(schema: T) {
  return requestText.pipe(schema);
}

/** The refinement for one field, for schemas used on their own (forms in the browser). */
export const safeTextCheck = (s: string) => textProblem(s) === null;
