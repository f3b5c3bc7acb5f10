import type { StandardEntryValue, StandardTableNo } from '@anjian/domain';

/**
 * How each of GB 18218 Tables 1–6 is shown and edited: its columns, in the standard's order. `list`
 * fields (别名, CAS 号) are edited as text separated by ；; `int` and `intOrNull` are head counts of 表5;
 * the rest are text (decimals stay text so they reach the server exactly as typed).
 */
export type FieldKind = 'text' | 'decimal' | 'list' | 'int' | 'intOrNull' | 'optionalText';

export interface StandardField {
  name: string;
  label: string;
  kind: FieldKind;
  width?: number;
}

export const standardFields: Record<StandardTableNo, StandardField[]> = {
  1: [
    { name: 'seq', label: '序号', kind: 'int', width: 64 },
    { name: 'name', label: '危险化学品名称和说明', kind: 'text' },
    { name: 'aliases', label: '别名', kind: 'list' },
    { name: 'cas', label: 'CAS 号', kind: 'list', width: 130 },
    { name: 'criticalQuantity', label: '临界量 Q（t）', kind: 'decimal', width: 110 },
  ],
  2: [
    { name: 'category', label: '类别', kind: 'text', width: 120 },
    { name: 'symbol', label: '符号', kind: 'text', width: 70 },
    { name: 'description', label: '危险性分类及说明', kind: 'text' },
    { name: 'criticalQuantity', label: '临界量 Q（t）', kind: 'decimal', width: 110 },
    { name: 'note', label: '备注', kind: 'optionalText', width: 100 },
  ],
  3: [
    { name: 'name', label: '名称', kind: 'text' },
    { name: 'beta', label: '校正系数 β', kind: 'decimal', width: 120 },
  ],
  4: [
    { name: 'symbol', label: '类别符号', kind: 'text' },
    { name: 'beta', label: '校正系数 β', kind: 'decimal', width: 120 },
  ],
  5: [
    { name: 'people', label: '厂外可能暴露人员数量', kind: 'text' },
    { name: 'min', label: '人数下限', kind: 'int', width: 100 },
    { name: 'max', label: '人数上限（空：无上限）', kind: 'intOrNull', width: 170 },
    { name: 'alpha', label: '校正系数 α', kind: 'decimal', width: 120 },
  ],
  6: [
    { name: 'level', label: '级别', kind: 'text', width: 80 },
    { name: 'rule', label: 'R 值', kind: 'text' },
    { name: 'min', label: '下界（含）', kind: 'decimal', width: 110 },
    { name: 'below', label: '上界（不含）', kind: 'decimal', width: 110 },
  ],
};

export const tabLabels: Record<StandardTableNo, string> = {
  1: '表1 临界量',
  2: '表2 类别临界量',
  3: '表3 毒性气体 β',
  4: '表4 类别 β',
  5: '表5 暴露人员 α',
  6: '表6 分级',
};

const LIST_SEPARATOR = /[；;]/;

/** A value as the table and the form show it. */
export function shown(field: StandardField, v: unknown): string {
  if (v === null || v === undefined) return field.kind === 'intOrNull' ? '无上限' : '—';
  if (Array.isArray(v)) return v.join('；');
  return String(v);
}

/** An entry as the form's initial values: every field as text (lists joined). */
export function formValues(fields: StandardField[], value: StandardEntryValue): Record<string, string> {
  const v = value as unknown as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((f) => {
      const x = v[f.name];
      return [f.name, x === null || x === undefined ? '' : Array.isArray(x) ? x.join('；') : String(x)];
    }),
  );
}

/** The form's text back into the entry's shape; the server checks it (and names the field it refuses). */
export function entryOf(
  fields: StandardField[],
  form: Record<string, string | undefined>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = (form[f.name] ?? '').trim();
    switch (f.kind) {
      case 'list':
        out[f.name] = raw
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'int':
        out[f.name] = /^\d+$/.test(raw) ? Number(raw) : raw;
        break;
      case 'intOrNull':
        out[f.name] = raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : raw;
        break;
      case 'optionalText':
        if (raw !== '') out[f.name] = raw;
        break;
      case 'decimal':
        // 表6's open bounds are empty: null.
        out[f.name] = raw === '' ? null : raw;
        break;
      case 'text':
        out[f.name] = raw;
    }
  }
  return out;
}
