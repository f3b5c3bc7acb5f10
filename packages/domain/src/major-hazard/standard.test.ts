import { describe, expect, it } from 'vitest';
import gb18218 from '../../../../reference/standards/gb18218-2018.json' with { type: 'json' };
import { assessMajorHazard } from './identify.ts';
import {
  type StandardTableNo,
  editStandardEntry,
  standardEntriesOf,
  standardTableParam,
  tablesFromEntries,
} from './standard.ts';
import { type NamedChemical, parseGb18218Json } from './tables.ts';

const tables = parseGb18218Json(gb18218);

describe('GB 18218 tables as rows of reference data', () => {
  it('round-trips: rows of every table back into the same tables, revision 0', () => {
    const rows = standardEntriesOf(tables);
    expect(rows).toHaveLength(85 + 24 + 14 + 24 + 5 + 4);
    expect(
      rows.find((r) => r.tableNo === 1 && r.value === tables.namedChemicals.find((c) => c.name === '氯'))
        ?.value,
    ).toMatchObject({ name: '氯' });
    const back = tablesFromEntries(
      tables.version,
      rows.reverse().map((r) => ({ ...r, revision: 0 })),
    );
    expect(back).toEqual(tables);
  });

  it('the revision of the tables is the highest of the rows', () => {
    const rows = standardEntriesOf(tables).map((r, i) => ({ ...r, revision: i === 3 ? 7 : 0 }));
    expect(tablesFromEntries(tables.version, rows).revision).toBe(7);
  });

  it('an edit of 氯’s Q applies to the identification and raises the revision', () => {
    const chlorine = tables.namedChemicals.find((c) => c.name === '氯')!;
    const edit = editStandardEntry(tables, 1, String(chlorine.seq), { ...chlorine, criticalQuantity: '10' });
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect((edit.before as NamedChemical).criticalQuantity).toBe('5');
    expect(edit.tables.revision).toBe(1);
    const input = { exposedPeople: 0, chemicals: [{ name: '氯', q: 5 }] };
    expect(assessMajorHazard(tables, input).exact.S).toBe('1');
    expect(assessMajorHazard(edit.tables, input)).toMatchObject({ exact: { S: '1/2' }, tablesRevision: 1 });
  });

  const alpha50 = tables.alphas.find((a) => a.min === 50)!;
  const chlorineSeq = String(tables.namedChemicals.find((c) => c.name === '氯')!.seq);
  const chlorine = tables.namedChemicals.find((c) => c.name === '氯')!;
  const level1 = tables.levels[0]!;
  it.each<[string, StandardTableNo, string, unknown, string, string]>([
    [
      'Q not a number',
      1,
      chlorineSeq,
      { ...chlorine, criticalQuantity: 'abc' },
      'value.criticalQuantity',
      '十进制',
    ],
    ['Q zero', 1, chlorineSeq, { ...chlorine, criticalQuantity: '0' }, 'value.criticalQuantity', '大于 0'],
    ['a bad CAS check digit', 1, chlorineSeq, { ...chlorine, cas: ['7782-50-4'] }, 'value.cas.0', 'CAS'],
    ['an unknown field', 3, tables.toxicGasBetas[0]!.name, { ...tables.toxicGasBetas[0], x: 1 }, 'value', ''],
    ['the key changed', 1, chlorineSeq, { ...chlorine, seq: 999 }, 'value.seq', '不能修改'],
    ['a duplicate name', 1, chlorineSeq, { ...chlorine, name: '氨' }, 'value', '表1名称重复'],
    ['a gap in 表5', 5, '50', { ...alpha50, max: 98 }, 'value', '不连续'],
    ['表6 bands not meeting', 6, '一级', { ...level1, min: '90' }, 'value', '上界'],
  ])('refuses %s', (_what, tableNo, key, value, field, message) => {
    const edit = editStandardEntry(tables, tableNo, key, value);
    expect(edit.ok).toBe(false);
    if (edit.ok || !('issues' in edit)) throw new Error('expected issues');
    expect(edit.issues[0]).toMatchObject({ field, message: expect.stringContaining(message) });
  });

  it('an unknown key is not found', () => {
    expect(editStandardEntry(tables, 2, 'W99', {})).toEqual({ ok: false, notFound: true });
  });

  it.each([
    ['1', true],
    ['6', true],
    ['0', false],
    ['7', false],
    ['x', false],
  ])('table number %s valid: %s', (table, ok) => {
    expect(standardTableParam.safeParse({ table }).success).toBe(ok);
  });
});
