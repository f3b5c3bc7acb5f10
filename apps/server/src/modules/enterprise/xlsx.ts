import ExcelJS from 'exceljs';
import { AppError } from '@anjian/domain';

/**
 * An uploaded .xlsx is hostile (SECURITY.md, uploads): the type is decided by magic bytes, the zip's
 * central directory is read before anything is inflated (entry count, total and per-entry expansion),
 * and cells are read as values — a formula yields its cached result, never its text.
 */
export const XlsxLimits = { maxEntries: 2000, maxUncompressed: 200 * 1024 * 1024, maxRatio: 200 } as const;

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

/** Throws 415 unless the buffer is a zip holding a workbook, 413 when it would expand too far. */
export function assertSafeXlsx(buf: Buffer): void {
  if (buf.length < 22 || buf.readUInt32LE(0) !== ZIP_LOCAL)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只接受 .xlsx 文件');
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '文件已损坏或不是 .xlsx');
  const entries = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  if (entries > XlsxLimits.maxEntries) throw new AppError('PAYLOAD_TOO_LARGE', '文件内部条目过多');
  let total = 0;
  let workbook = false;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== ZIP_CENTRAL)
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', '文件已损坏或不是 .xlsx');
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (name === 'xl/workbook.xml') workbook = true;
    total += size;
    if (
      total > XlsxLimits.maxUncompressed ||
      (size > 1024 * 1024 && size > compressed * XlsxLimits.maxRatio)
    ) {
      throw new AppError('PAYLOAD_TOO_LARGE', '文件解压后过大（疑似压缩炸弹）');
    }
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  if (!workbook) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '不是 Excel 工作簿（.xlsx）');
}

/** A cell as a plain value: formula → cached result, rich text → text, hyperlink → text, error → null. */
export function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('formula' in v || 'sharedFormula' in v)
    return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return (v as ExcelJS.CellHyperlinkValue).text;
  if ('error' in v) return null;
  return null;
}

/** The first worksheet's rows as plain values, with their spreadsheet row numbers; empty rows skipped. */
export async function readSheet(
  buf: Buffer,
  maxRows: number,
): Promise<{ header: string[]; rows: { row: number; cells: unknown[] }[] }> {
  assertSafeXlsx(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '无法读取该 .xlsx 文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw AppError.invalid([{ field: 'file', message: '工作簿中没有工作表' }]);
  if (ws.actualRowCount - 1 > maxRows)
    throw AppError.invalid([{ field: 'file', message: `一次最多导入 ${maxRows} 行` }]);
  const width = ws.columnCount;
  const values = (r: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => plainValue(r.getCell(i + 1).value));
  const header = values(ws.getRow(1)).map((h) => String(h ?? '').trim());
  const rows: { row: number; cells: unknown[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells = values(r);
    if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ row: n, cells });
  });
  return { header, rows };
}
