import { describe, expect, it } from 'vitest';
import type { StandardEntryValue } from '@anjian/domain';
import { entryOf, formValues, shown, standardFields } from './standard-fields.ts';

describe('GB 18218 entries in the edit form', () => {
  it.each<[string, 1 | 2 | 5 | 6, StandardEntryValue]>([
    [
      '表1 with aliases and CAS numbers',
      1,
      { seq: 12, name: '氯', aliases: ['液氯', '氯气'], cas: ['7782-50-5'], criticalQuantity: '5' },
    ],
    [
      '表1 without aliases',
      1,
      { seq: 3, name: '二氧化氮', aliases: [], cas: ['10102-44-0'], criticalQuantity: '1' },
    ],
    [
      '表2 without a note',
      2,
      { symbol: 'J1', category: '急性毒性', description: '类别1', criticalQuantity: '5' },
    ],
    [
      '表2 with a note',
      2,
      { symbol: 'W3', category: '气溶胶', description: '类别1', criticalQuantity: '150', note: '净重' },
    ],
    ['表5 open top band', 5, { people: '100人以上', min: 100, max: null, alpha: '2' }],
    ['表6 open bottom band', 6, { level: '四级', rule: 'R<10', min: null, below: '10' }],
  ])('round-trips %s', (_what, table, value) => {
    const fields = standardFields[table];
    expect(entryOf(fields, formValues(fields, value))).toEqual(value);
  });

  it('splits lists at ； or ; and keeps a typed decimal as text; a bad count goes to the server as typed', () => {
    const fields = standardFields[1];
    expect(
      entryOf(fields, {
        seq: '12',
        name: '氯',
        aliases: '液氯; 氯气；',
        cas: '7782-50-5',
        criticalQuantity: '10.50',
      }),
    ).toEqual({
      seq: 12,
      name: '氯',
      aliases: ['液氯', '氯气'],
      cas: ['7782-50-5'],
      criticalQuantity: '10.50',
    });
    expect(entryOf(standardFields[5], { people: 'x', min: '1.5', max: '', alpha: '1' })).toMatchObject({
      min: '1.5',
      max: null,
    });
  });

  it.each([
    [standardFields[5][2]!, null, '无上限'],
    [standardFields[1][2]!, ['液氯', '氯气'], '液氯；氯气'],
    [standardFields[1][4]!, '5', '5'],
    [standardFields[2][4]!, undefined, '—'],
  ])('shows %s', (field, v, text) => {
    expect(shown(field, v)).toBe(text);
  });
});
