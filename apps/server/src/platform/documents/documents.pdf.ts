import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type DocumentTemplate, renderBlocks } from '@anjian/domain';
import { CJK_FONT } from '../files/table-export.ts';

export interface PdfHead {
  /** 中卫市应急管理局 */
  authorityName: string;
  title: string;
  number: string;
  issuedOn: string;
  /** The public verification address the QR code holds. */
  verifyUrl: string;
}

const MARGIN = 56;
const QR_SIZE = 84;

/**
 * A document as an A4 PDF with the CJK font: authority, title and number, the template's blocks filled with
 * the data, the QR code of the verification page on the first page and, on every page, the number, the page
 * count and the verification address in the footer. No creation date is written into the file: the same
 * input renders the same bytes.
 */
export async function renderDocumentPdf(
  head: PdfHead,
  template: DocumentTemplate,
  data: unknown,
): Promise<Buffer> {
  if (!fs.existsSync(CJK_FONT.path))
    throw new Error(`CJK font missing: ${CJK_FONT.path} (apt-get install fonts-noto-cjk)`);
  const qr = await QRCode.toBuffer(head.verifyUrl, {
    type: 'png',
    margin: 2,
    width: 360,
    errorCorrectionLevel: 'M',
  });
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${head.title} ${head.number}`,
      Author: head.authorityName,
      Producer: 'Anjian 安监',
      Creator: 'Anjian 安监',
      CreationDate: new Date(`${head.issuedOn}T00:00:00+08:00`),
    },
  });
  doc.registerFont('cjk', CJK_FONT.path, CJK_FONT.face);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 24;
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };

  doc.image(qr, left + width - QR_SIZE, MARGIN - 20, { width: QR_SIZE });
  doc
    .fontSize(9)
    .fillColor('#555555')
    .text('扫码核验', left + width - QR_SIZE, MARGIN - 20 + QR_SIZE + 1, {
      width: QR_SIZE,
      align: 'center',
    });
  doc.fillColor('#000000').fontSize(15).text(head.authorityName, left, MARGIN, {
    width,
    align: 'center',
  });
  doc.moveDown(0.4).fontSize(22).text(head.title, left, doc.y, { width, align: 'center' });
  doc.moveDown(0.3).fontSize(11).text(head.number, left, doc.y, { width, align: 'center' });
  doc.y = Math.max(doc.y, MARGIN - 20 + QR_SIZE + 14) + 10;
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.8)
    .strokeColor('#000000')
    .stroke();
  doc.y += 12;

  for (const b of renderBlocks(template, data)) {
    switch (b.type) {
      case 'heading':
        ensure(30);
        doc.fontSize(13).text(b.text, left, doc.y, { width });
        doc.moveDown(0.3);
        break;
      case 'paragraph':
        ensure(20);
        doc.fontSize(11).text(b.text, left, doc.y, { width, indent: 22, lineGap: 3 });
        doc.moveDown(0.5);
        break;
      case 'fields': {
        doc.fontSize(11);
        const colWidth = b.columns === 2 ? width / 2 : width;
        for (let i = 0; i < b.rows.length; i += b.columns) {
          const row = b.rows.slice(i, i + b.columns);
          const texts = row.map((r) => `${r.label}：${r.value}`);
          const h = Math.max(...texts.map((t) => doc.heightOfString(t, { width: colWidth - 8 })));
          ensure(h + 4);
          const y = doc.y;
          texts.forEach((t, j) => doc.text(t, left + j * colWidth, y, { width: colWidth - 8 }));
          doc.y = y + h + 4;
        }
        doc.moveDown(0.4);
        break;
      }
      case 'list':
        doc.fontSize(11);
        for (const line of b.lines) {
          ensure(doc.heightOfString(line, { width: width - 22 }) + 3);
          doc.text(line, left + 22, doc.y, { width: width - 22, lineGap: 2 });
          doc.y += 3;
        }
        doc.moveDown(0.4);
        break;
      case 'signatures':
        doc.fontSize(11);
        for (const p of b.parties) {
          ensure(34);
          doc.y += 14;
          doc.text(
            `${p}（签名）：＿＿＿＿＿＿＿＿＿＿\u3000\u3000日期：＿＿＿＿年＿＿月＿＿日`,
            left,
            doc.y,
            {
              width,
            },
          );
        }
        doc.moveDown(0.6);
        break;
    }
  }
  ensure(40);
  doc.y += 16;
  doc.fontSize(11).text(head.authorityName, left, doc.y, { width, align: 'right' });
  doc.text(formatChineseDate(head.issuedOn), left, doc.y + 2, { width, align: 'right' });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 4;
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor('#555555')
      .text(`${head.number}\u3000第 ${i + 1} 页 共 ${range.count} 页\u3000核验：${head.verifyUrl}`, left, y, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

/** 2026-03-05 → 2026年3月5日 */
export const formatChineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
