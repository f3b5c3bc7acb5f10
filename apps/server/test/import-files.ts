import ExcelJS from 'exceljs';
import { composeCreditCode, importColumns } from '@anjian/domain';

/** A multipart/form-data body with one file field, as a browser would send it. */
export function multipart(file: Buffer, filename = 'enterprises.xlsx', field = 'file') {
  const boundary = '----anjian' + Math.random().toString(16).slice(2);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export type ImportRow = Partial<Record<(typeof importColumns)[number]['key'], ExcelJS.CellValue>>;

/** An enterprise import workbook in the template's layout. */
export async function enterpriseWorkbook(rows: ImportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业信息');
  ws.addRow(importColumns.map((c) => (c.required ? `${c.header}*` : c.header)));
  for (const r of rows) ws.addRow(importColumns.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A valid import row for enterprise n (its credit code is unique per n below 10⁷). */
export const importRow = (n: number, extra: ImportRow = {}): ImportRow => ({
  creditCode: composeCreditCode(
    '91',
    '640502',
    n < 100 ? `MA76QM${String(n).padStart(2, '0')}` : `K${String(n).padStart(7, '0')}`,
  ),
  name: `中卫市导入测试${n}有限公司`,
  divisionCode: '640502101',
  sector: '危险化学品',
  sizeClass: '小型',
  employees: 10 + (n % 1000),
  standardizationLevel: '三级',
  highRiskProcesses: '氯化工艺、加氢工艺',
  ...extra,
});
