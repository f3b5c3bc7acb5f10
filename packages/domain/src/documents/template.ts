import { z } from 'zod';

/**
 * 执法文书模板 (issue 13 item 1): a document's layout as data, versioned. The issuing module keeps its
 * templates (key + version) and the server renders one with a case's data to a PDF; the document row stores
 * the key and version it was rendered with, so a later template never changes an issued document.
 *
 * Text may hold `{{path}}` placeholders read from the data (`{{party.name}}`); a missing value prints as a
 * blank line to fill in by hand (`＿＿＿＿`), as on a paper form.
 */
export const templateBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string().min(1) }).strict(),
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }).strict(),
  /** Label：value lines, two to a row when `columns` is 2. */
  z
    .object({
      type: z.literal('fields'),
      columns: z.union([z.literal(1), z.literal(2)]).optional(),
      rows: z.array(z.object({ label: z.string().min(1), path: z.string().min(1) }).strict()).min(1),
    })
    .strict(),
  /** One line per element of the array at `path`; `item` reads the element's fields as `{{.field}}`. */
  z
    .object({
      type: z.literal('list'),
      path: z.string().min(1),
      item: z.string().min(1),
      empty: z.string().optional(),
    })
    .strict(),
  /** Signature lines: 检查人员（签名）：＿＿＿ 日期：＿＿＿ */
  z.object({ type: z.literal('signatures'), parties: z.array(z.string().min(1)).min(1) }).strict(),
]);
export type TemplateBlock = z.infer<typeof templateBlock>;

export const documentTemplate = z
  .object({
    /** `enforcement.inspection-record` */
    key: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/),
    version: z.number().int().min(1),
    /** 现场检查记录 */
    title: z.string().min(1).max(60),
    blocks: z.array(templateBlock).min(1),
  })
  .strict();
export type DocumentTemplate = z.infer<typeof documentTemplate>;

/** What a form leaves blank when the data has no value. */
export const BLANK = '＿＿＿＿＿＿';

/** The value at a dotted path (`party.name`), or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** How a value prints: strings as they are, numbers in full, booleans 是/否, a missing value as a blank. */
export function printable(v: unknown): string {
  if (v === undefined || v === null || v === '') return BLANK;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : BLANK;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? v.map(printable).join('、') : BLANK;
  return BLANK;
}

/** Replaces `{{path}}` (or `{{.field}}` relative to `item`) with the printable value. */
export function fillText(text: string, data: unknown, item?: unknown): string {
  return text.replace(/\{\{\s*(\.?)([A-Za-z0-9_.]+)\s*\}\}/g, (_, dot: string, path: string) =>
    printable(valueAt(dot ? item : data, path)),
  );
}

/** A template's blocks as plain lines, in print order: what the PDF shows (and what tests read back). */
export type RenderedBlock =
  | { type: 'heading' | 'paragraph'; text: string }
  | { type: 'fields'; columns: 1 | 2; rows: { label: string; value: string }[] }
  | { type: 'list'; lines: string[] }
  | { type: 'signatures'; parties: string[] };

export function renderBlocks(template: DocumentTemplate, data: unknown): RenderedBlock[] {
  return template.blocks.map((b): RenderedBlock => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return { type: b.type, text: fillText(b.text, data) };
      case 'fields':
        return {
          type: 'fields',
          columns: b.columns ?? 1,
          rows: b.rows.map((r) => ({ label: r.label, value: printable(valueAt(data, r.path)) })),
        };
      case 'list': {
        const items = valueAt(data, b.path);
        const lines = Array.isArray(items)
          ? items.map((it, i) => fillText(b.item.replaceAll('{{#}}', String(i + 1)), data, it))
          : [];
        return { type: 'list', lines: lines.length ? lines : [b.empty ?? '无'] };
      }
      case 'signatures':
        return { type: 'signatures', parties: b.parties };
    }
  });
}

/**
 * The short name of an issuing authority for a document number, from its division's name: 中卫市 → 中卫,
 * 沙坡头区 → 沙坡头, 中宁县 → 中宁, 宁夏回族自治区 → 宁夏. An administrator may set another (doc authority).
 */
export function authorityShortName(divisionName: string): string {
  const name = divisionName.trim();
  const autonomous = /^(.+?)(回族|维吾尔|壮族|藏族)?自治区$/.exec(name);
  if (autonomous) return autonomous[1]!;
  const m = /^(.{2,}?)(市|县|区|旗|镇|乡|街道|自治县|自治州|地区|盟)$/.exec(name);
  return m ? m[1]! : name;
}
