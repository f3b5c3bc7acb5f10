import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToXlsx } from './table-export.ts';

/** Issue 15 item 7d (formula injection, OWASP): exported text that starts a formula stays text. */
describe('xlsx export neutralises formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点击")'],
    ['+1+cmd|" /C calc"!A0'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('prefixes %j with an apostrophe', async (name) => {
    const buf = await tableToXlsx({
      title: '企业',
      subtitle: [],
      columns: [
        { header: '名称', width: 20 },
        { header: '数量', width: 8 },
      ],
      rows: [
        [name, -5],
        ['中卫化工', 3],
      ],
      notes: [],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const values = wb.worksheets[0]!.getSheetValues().flat();
    // (the xlsx XML reads a CR back as LF)
    const texts = values.filter((v): v is string => typeof v === 'string').map((v) => v.replace(/\n/g, '\r'));
    expect(texts).toContain(`'${name.replace(/\n/g, '\r')}`);
    expect(texts).not.toContain(name);
    // Numbers, and text that starts nothing, are left as they are.
    expect(values).toContain(-5);
    expect(values).toContain('中卫化工');
  });
});
