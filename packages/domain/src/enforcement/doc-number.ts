import { AppError } from '../shared/errors.ts';

/**
 * 执法文书编号 from a configurable pattern such as `（{authority}）{kind}〔{year}〕{seq}号` →
 * `（中卫）应急检记〔2026〕12号`, and back. Numbers run per authority, kind and year, so the pattern must hold each
 * of the four fields once; `{seq:3}` pads the sequence to three digits. Two fields must be separated by
 * literal text, and a number is accepted only if parsing it gives back exactly what formatting made, so every
 * number has one reading. Allocating sequences without gaps under concurrency is the server's job.
 */
export const docNumberFields = ['authority', 'kind', 'year', 'seq'] as const;
export type DocNumberField = (typeof docNumberFields)[number];

export interface DocNumberValues {
  /** 中卫 */
  authority: string;
  /** 应急检记 */
  kind: string;
  year: number;
  seq: number;
}

type Part = { literal: string } | { field: DocNumberField; width?: number };

export interface DocNumberPattern {
  source: string;
  parts: Part[];
  regex: RegExp;
}

const invalidPattern = (problems: string[]) =>
  new AppError('ENFORCEMENT_DOC_PATTERN_INVALID', undefined, { problems });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function tokenize(pattern: string): { parts: Part[]; problems: string[] } {
  const parts: Part[] = [];
  const problems: string[] = [];
  const token = /\{([^{}]*)\}/g;
  let at = 0;
  for (let m = token.exec(pattern); m; m = token.exec(pattern)) {
    if (m.index > at) parts.push({ literal: pattern.slice(at, m.index) });
    const [name, width, extra] = m[1]!.split(':');
    const field = docNumberFields.find((f) => f === name);
    if (!field || extra !== undefined) problems.push(`未知的占位符 {${m[1]}}`);
    else if (width === undefined) parts.push({ field });
    else if (field === 'seq' && /^[1-9]$/.test(width)) parts.push({ field, width: Number(width) });
    else problems.push(`{${m[1]}}：只有 seq 可指定 1–9 位宽度`);
    at = m.index + m[0].length;
  }
  if (at < pattern.length) parts.push({ literal: pattern.slice(at) });
  if (parts.some((p) => 'literal' in p && /[{}]/.test(p.literal))) problems.push('花括号不成对');
  return { parts, problems };
}

/** Checks a pattern and prepares it for formatting and parsing. */
export function compileDocNumberPattern(source: string): DocNumberPattern {
  const { parts, problems } = tokenize(source);
  for (const f of docNumberFields) {
    const n = parts.filter((p) => 'field' in p && p.field === f).length;
    if (n !== 1) problems.push(n === 0 ? `缺少 {${f}}` : `{${f}} 出现了 ${n} 次`);
  }
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    if ('field' in p && prev && 'field' in prev)
      problems.push(`{${prev.field}} 与 {${p.field}} 之间须有分隔文字`);
  });
  if (problems.length) throw invalidPattern(problems);
  const body = parts
    .map((p) => {
      if ('literal' in p) return escape(p.literal);
      if (p.field === 'year') return '(\\d{4})';
      if (p.field === 'seq') return p.width ? `(\\d{${p.width},})` : '([1-9]\\d*)';
      return '(.+?)';
    })
    .join('');
  return { source, parts, regex: new RegExp(`^${body}$`, 'u') };
}

/** Reads a document number back into its fields, or refuses one the pattern did not make. */
export function parseDocNumber(pattern: DocNumberPattern, text: string): DocNumberValues {
  const m = pattern.regex.exec(text);
  if (!m) throw new AppError('ENFORCEMENT_DOC_NUMBER_INVALID', undefined, { text, pattern: pattern.source });
  const fields = pattern.parts.filter((p): p is Extract<Part, { field: DocNumberField }> => 'field' in p);
  const raw = Object.fromEntries(fields.map((p, i) => [p.field, m[i + 1]!])) as Record<
    DocNumberField,
    string
  >;
  const values = { authority: raw.authority, kind: raw.kind, year: Number(raw.year), seq: Number(raw.seq) };
  if (values.seq < 1 || formatUnchecked(pattern, values) !== text) {
    throw new AppError('ENFORCEMENT_DOC_NUMBER_INVALID', undefined, { text, pattern: pattern.source });
  }
  return values;
}

function formatUnchecked(pattern: DocNumberPattern, v: DocNumberValues): string {
  return pattern.parts
    .map((p) => {
      if ('literal' in p) return p.literal;
      if (p.field === 'seq') return String(v.seq).padStart(p.width ?? 0, '0');
      return String(v[p.field]);
    })
    .join('');
}

/** The number for these fields; refuses values that would not read back the same (e.g. a `）` in the authority). */
export function formatDocNumber(pattern: DocNumberPattern, v: DocNumberValues): string {
  const problems: string[] = [];
  if (!v.authority.trim() || !v.kind.trim()) problems.push('机关简称和文书种类不能为空');
  if (!Number.isInteger(v.year) || v.year < 1000 || v.year > 9999) problems.push('年份应为四位数');
  if (!Number.isSafeInteger(v.seq) || v.seq < 1) problems.push('序号应为正整数');
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, problems);
  const text = formatUnchecked(pattern, v);
  const back = parseDocNumberSafe(pattern, text);
  if (!back || back.authority !== v.authority || back.kind !== v.kind) {
    throw new AppError('ENFORCEMENT_DOC_NUMBER_INVALID', '机关简称或文书种类含有与编号格式冲突的字符', {
      text,
    });
  }
  return text;
}

function parseDocNumberSafe(pattern: DocNumberPattern, text: string): DocNumberValues | undefined {
  try {
    return parseDocNumber(pattern, text);
  } catch {
    return undefined;
  }
}
