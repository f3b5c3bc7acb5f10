import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { composeCreditCode, importColumns, sectors } from '@anjian/domain';
import { type Session, describeEachEngine, login } from '../../../test/test-app.ts';

// Real files both ways: the uploads are built with ExcelJS and the answers are parsed back with it.
function multipart(file: Buffer) {
  const boundary = '----anjian' + Math.random().toString(16).slice(2);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="e.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

type Row = Partial<Record<(typeof importColumns)[number]['key'], ExcelJS.CellValue>>;
const headers = importColumns.map((c) => (c.required ? `${c.header}*` : c.header));

async function workbook(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业信息');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(importColumns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const good = (n: number): Row => ({
  creditCode: composeCreditCode('91', '640502', `MA77R${String(n).padStart(3, '0')}`),
  name: `中卫市报告测试${n}有限公司`,
  divisionCode: '640502101',
  sector: '危险化学品',
});

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

describeEachEngine('enterprise import error report and template lists', (t) => {
  const post = (s: Session, url: string, file: Buffer) => {
    const { payload, contentType } = multipart(file);
    return t().app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': contentType },
      payload,
    });
  };
  // 1 000 rows, every third one bad (334 bad): every bad row is reported, not only the first ones.
  const rows = Array.from({ length: 1000 }, (_, i) =>
    i % 3 === 0 ? { ...good(i), sector: '不存在的行业' } : good(i),
  );
  const bad = rows.filter((_, i) => i % 3 === 0).length;

  it('an import with many bad rows names every one of them', async () => {
    const spt = await login(t().app, 'spt_admin');
    const res = await post(spt, '/api/enterprises/import', await workbook(rows));
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.message).toContain(`${bad} 行错误`);
    expect(new Set(err.details.map((d: { row: number }) => d.row)).size).toBe(bad);
    expect(err.details.at(-1)).toMatchObject({ row: 1001, column: '监管行业' }); // data row 1 000 is sheet row 1 001;
  });

  it('the error report gives the rows back with 错误说明 and the bad cells marked', async () => {
    const spt = await login(t().app, 'spt_admin');
    const res = await post(spt, '/api/enterprises/import/error-report', await workbook(rows));
    expect(res.statusCode).toBe(200);
    const ws = (await load(res.rawPayload)).worksheets[0]!;
    const noteCol = headers.length + 1;
    expect(ws.getRow(1).getCell(noteCol).value).toBe('错误说明');
    expect(ws.rowCount).toBe(1001);
    const sectorCol = importColumns.findIndex((c) => c.key === 'sector') + 1;
    let marked = 0;
    for (let r = 2; r <= 1001; r++) {
      const note = ws.getRow(r).getCell(noteCol).value;
      const cell = ws.getRow(r).getCell(sectorCol);
      const isBad = (r - 2) % 3 === 0;
      expect(Boolean(note)).toBe(isBad);
      if (isBad) {
        expect(String(note)).toMatch(/^监管行业：/);
        expect((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe('FFFFC7CE');
        marked++;
      }
    }
    expect(marked).toBe(bad);
    // Unchanged data comes back as uploaded, so the file can be fixed and uploaded again.
    expect(ws.getRow(3).getCell(1).value).toBe(rows[1]!.creditCode);
  });

  it('the template has drop-down lists from the reference data and a 填写说明 sheet', async () => {
    const spt = await login(t().app, 'spt_admin');
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/enterprises/import-template',
      headers: { cookie: spt.cookie },
    });
    const wb = await load(res.rawPayload);
    const ws = wb.getWorksheet('企业信息')!;
    expect(wb.getWorksheet('填写说明')).toBeDefined();
    const at = (key: string) => ws.getRow(2).getCell(importColumns.findIndex((c) => c.key === key) + 1);
    expect(at('sector').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`监管行业!$A$2:$A$${sectors.length + 1}`],
    });
    expect(at('sizeClass').dataValidation).toMatchObject({ type: 'list' });
    expect(String(at('sizeClass').dataValidation.formulae![0])).toContain('小型');
    expect(String(at('standardizationLevel').dataValidation.formulae![0])).toContain('三级');
    expect(wb.getWorksheet('监管行业')!.getRow(2).getCell(1).value).toBe(sectors[0]!.name);
  });
});
