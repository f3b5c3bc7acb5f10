import fs from 'node:fs';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

/** A statistics table as a report: title, subtitle lines, columns and rows, and notes under it. */
export interface ReportTable {
  title: string;
  subtitle: string[];
  columns: { header: string; width: number; align?: 'left' | 'right' | 'center' }[];
  rows: (string | number | null)[][];
  notes: string[];
}

/** CJK font for printable PDFs (Debian package fonts-noto-cjk). */
export const CJK_FONT = {
  path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  face: 'NotoSansCJKsc-Regular',
} as const;

/** What a spreadsheet program may read as a formula or a command (CSV/formula injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe: it stays text when opened or re-saved. */
export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Every export's last step (issue 15 item 7d): text cells of every sheet that start with = + - @ TAB or CR
 * are prefixed, rich text and hyperlinks' text too; then the workbook is written.
 */
export async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') cell.value = neutraliseCell(v);
        else if (v && typeof v === 'object' && 'richText' in v && v.richText[0])
          v.richText[0].text = neutraliseCell(v.richText[0].text);
        else if (v && typeof v === 'object' && 'hyperlink' in v && typeof v.text === 'string')
          cell.value = { ...v, text: neutraliseCell(v.text) };
      }),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function tableToXlsx(t: ReportTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Anjian 安监';
  const ws = wb.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  ws.addRow([t.title]).font = { bold: true, size: 14 };
  for (const s of t.subtitle) ws.addRow([s]);
  ws.addRow([]);
  const header = ws.addRow(t.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of t.rows) ws.addRow(r.map((v) => (v === null ? '' : v)));
  ws.addRow([]);
  for (const n of t.notes) ws.addRow([n]).font = { italic: true, color: { argb: 'FF666666' } };
  t.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(8, c.width * 1.1);
  });
  return xlsxBuffer(wb);
}

/** The same table as an A4 landscape PDF with a CJK font, repeating the header on each page. */
export function tableToPdf(t: ReportTable): Promise<Buffer> {
  if (!fs.existsSync(CJK_FONT.path))
    throw new Error(`CJK font missing: ${CJK_FONT.path} (apt-get install fonts-noto-cjk)`);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: t.title, Producer: 'Anjian 安监' },
  });
  doc.registerFont('cjk', CJK_FONT.path, CJK_FONT.face);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const totalWidth = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / totalWidth) * usable);
  const fontSize = 9;
  const pad = 3;

  doc.fontSize(16).text(t.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10);
  for (const s of t.subtitle) doc.text(s, { align: 'center' });
  doc.moveDown(0.6);

  const drawRow = (cells: (string | number | null)[], bold: boolean) => {
    doc.fontSize(fontSize);
    const texts = cells.map((c) => (c === null ? '—' : String(c)));
    const height =
      Math.max(...texts.map((s, i) => doc.heightOfString(s, { width: (widths[i] ?? 50) - 2 * pad }))) +
      2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!bold)
        drawRow(
          t.columns.map((c) => c.header),
          true,
        );
    }
    const y = doc.y;
    let x = left;
    if (bold) doc.rect(left, y, usable, height).fill('#e6f0fa').fillColor('black');
    texts.forEach((s, i) => {
      const w = widths[i] ?? 50;
      doc.text(s, x + pad, y + pad, { width: w - 2 * pad, align: t.columns[i]?.align ?? 'left' });
      x += w;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + usable, y + height)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };
  drawRow(
    t.columns.map((c) => c.header),
    true,
  );
  for (const r of t.rows) drawRow(r, false);
  doc.moveDown(1).fontSize(8).fillColor('#555555');
  for (const n of t.notes) doc.text(n, left, doc.y, { width: usable });
  doc.end();
  return done;
}
