import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { type Session, call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';
import { forgeZip, workbookParts } from '../../../test/zip-forge.ts';
import { enterpriseWorkbook as workbook, importRow as row, multipart } from '../../../test/import-files.ts';

describeEachEngine('enterprise Excel import / export', (t) => {
  const count = async () =>
    Number(
      (
        await t()
          .ctx.db.selectFrom('enterprise')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = (s: Session, file: Buffer, query = '', filename?: string) => {
    const { payload, contentType } = multipart(file, filename);
    return t().app.inject({
      method: 'POST',
      url: `/api/enterprises/import${query}`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': contentType },
      payload,
    });
  };

  it('serves a template whose first sheet has the import headers', async () => {
    const spt = await login(t().app, 'spt_admin');
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/enterprises/import-template',
      headers: { cookie: spt.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('统一社会信用代码*');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业信息', '填写说明', '监管行业']);
  });

  it('a file with one bad row writes nothing and names the row and column', async () => {
    const spt = await login(t().app, 'spt_admin');
    const before = await count();
    const file = await workbook([row(1), row(2, { creditCode: '91640502MA76QM0299' }), row(3)]);
    const res = await upload(spt, file);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.message).toMatch(/1 行错误，未写入任何数据/);
    expect(err.details).toEqual([
      expect.objectContaining({ row: 3, column: '统一社会信用代码', message: expect.stringMatching(/校验/) }),
    ]);
    expect(await count()).toBe(before);
  });

  it('imports only the valid rows when asked, in one transaction with one audit row', async () => {
    const spt = await login(t().app, 'spt_admin');
    const before = await count();
    const file = await workbook([
      row(4),
      row(5, { divisionCode: '640521100' }), // another county: outside spt's scope
      row(6, { sector: '赌场' }),
      row(7, { creditCode: row(4).creditCode }), // duplicate inside the file
      row(8, { employees: { formula: '10*5', result: 50 } as ExcelJS.CellFormulaValue }), // formula read as its value
    ]);
    const res = await upload(spt, file, '?mode=valid-only');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ totalRows: 5, imported: 2 });
    expect(body.skipped.map((s: { row: number; column: string }) => `${s.row}:${s.column}`)).toEqual([
      '3:行政区划代码',
      '4:监管行业',
      '5:统一社会信用代码',
    ]);
    expect(await count()).toBe(before + 2);
    const eight = await t()
      .ctx.db.selectFrom('enterprise')
      .select(['employees', 'high_risk_processes', 'standardization_level'])
      .where('credit_code', '=', String(row(8).creditCode))
      .executeTakeFirstOrThrow();
    expect(eight).toEqual({
      employees: 50,
      high_risk_processes: ['氯化工艺', '加氢工艺'],
      standardization_level: 'level3',
    });
    const audits = (await latestAudit(t(), 3)).filter((a) => a.action === 'enterprise.import');
    expect(audits).toHaveLength(1);
    expect(audits[0]!.diff).toMatchObject({ imported: 2, rows: 5, mode: 'valid-only' });
    // Importing the same rows again: every row is now a registered code.
    const again = await upload(spt, await workbook([row(4)]));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details[0].message).toBe('统一社会信用代码已登记');
  });

  it('refuses files that are not .xlsx (415), too large (413), or missing; and callers without the permission (403)', async () => {
    const spt = await login(t().app, 'spt_admin');
    expect((await upload(spt, Buffer.from('credit_code,name\n1,2\n'), '', 'fake.xlsx')).statusCode).toBe(415);
    const zipNoWorkbook = Buffer.from('504b0304' + '00'.repeat(26) + '504b0506' + '00'.repeat(18), 'hex');
    expect((await upload(spt, zipNoWorkbook)).statusCode).toBe(415);
    const big = await upload(
      spt,
      Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(6 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    const json = await t().app.inject({
      method: 'POST',
      url: '/api/enterprises/import',
      headers: { cookie: spt.cookie, 'x-csrf-token': spt.csrf },
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const jt = await login(t().app, 'jt_officer');
    expect((await upload(jt, await workbook([row(9)]))).statusCode).toBe(403);
  });

  it('a zip bomb whose directory lies is refused (413), nothing is written and the server keeps answering', async () => {
    const spt = await login(t().app, 'spt_admin');
    const before = await count();
    const xml = Buffer.concat([Buffer.from('<worksheet><sheetData>'), Buffer.alloc(80 * 1024 * 1024, 0x20)]);
    const res = await upload(spt, forgeZip(workbookParts(xml, 2048)));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count()).toBe(before);
    expect((await call(t().app, spt, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('rejects a workbook that is not the template', async () => {
    const spt = await login(t().app, 'spt_admin');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['名称', '地址']);
    const res = await upload(spt, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { column: string }) => d.column)).toContain('统一社会信用代码');
  });
});
