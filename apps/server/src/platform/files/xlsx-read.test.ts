import { describe, expect, it } from 'vitest';
import { forgeZip, workbookParts } from '../../../test/zip-forge.ts';
import { XlsxLimits, readSheet } from './xlsx-read.ts';

const sheet = (rows: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );

describe('reading an uploaded .xlsx (SECURITY.md uploads: hostile files)', () => {
  it('reads a small forged workbook, so the forgery below is a real .xlsx', async () => {
    const buf = forgeZip(
      workbookParts(
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row><row r="2"><c r="A2"><v>42</v></c></row>',
        ),
      ),
    );
    expect(await readSheet(buf, 10)).toEqual({ header: ['名称'], rows: [{ row: 2, cells: [42] }] });
  });

  it('a zip whose directory lies about its sizes is refused (413) while inflating, memory bounded', async () => {
    // 100 MB of XML that deflates to ~100 KB, declared as 1 KB: the directory check alone let it through.
    const bomb = sheet(`<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(100 * 1024 * 1024)}`);
    const buf = forgeZip(workbookParts(bomb, 1024));
    expect(buf.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(readSheet(buf, 10)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('an honest directory that adds up past the cap is refused too', async () => {
    const big = sheet(' '.repeat(XlsxLimits.maxUncompressed + 1024));
    await expect(readSheet(forgeZip(workbookParts(big)), 10)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('a workbook that exhausts the reader heap costs the worker, not the process (413)', async () => {
    // The same mechanism as the 384 MB production heap, shown with a 48 MB one so the test stays short.
    const cells = Array.from(
      { length: 40 },
      (_, i) => `<c r="${String.fromCharCode(65 + (i % 26))}1"><v>1</v></c>`,
    ).join('');
    const rows = Array.from(
      { length: 8_000 },
      (_, r) => `<row r="${r + 1}">${cells.replaceAll('1"', `${r + 1}"`)}</row>`,
    ).join('');
    const buf = forgeZip(workbookParts(sheet(rows)));
    const started = Date.now();
    await expect(readSheet(buf, 100_000, { workerHeapMb: 48 })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('内存超限'),
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    // … and the same file is read in full by a reader with enough heap: the limit decided, not the file.
    expect((await readSheet(buf, 100_000)).rows).toHaveLength(7_999);
  }, 120_000);

  it('not a zip → 415; a zip without a workbook → 415', async () => {
    await expect(readSheet(Buffer.from('credit_code,name\n1,2\n'.repeat(5)), 10)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    await expect(readSheet(forgeZip([{ name: 'a.txt', data: Buffer.from('x') }]), 10)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });
});
