import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import {
  AppError,
  type RiskColor,
  type RiskLevel,
  riskColorNames,
  riskColorOf,
  riskGradeOf,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { CJK_FONT } from '../../platform/files/table-export.ts';
import * as repo from './risk-model.repository.ts';
import { findInScope } from './risk-model.access.ts';

const HEX: Record<RiskColor, string> = {
  red: '#d9001b',
  orange: '#f59a23',
  yellow: '#f5d300',
  blue: '#1f6fd1',
};

/** The public, read-only page data of a risk unit: only what the printed card shows (no phone, no ids of people). */
export async function publicUnit(ctx: AppContext, id: string) {
  const u = await repo.unitHeader(ctx.db, id);
  if (!u) throw new AppError('NOT_FOUND', '风险分析单元不存在');
  const [events, measures] = await Promise.all([
    ctx.db
      .selectFrom('risk_event')
      .select(['id', 'name', 'consequence', 'level', 'color'])
      .where('unit_id', '=', id)
      .orderBy('score', 'desc')
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('risk_measure')
      .select(['event_id', 'type', 'content'])
      .where('unit_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  const grade = riskGradeOf(events.map((e) => e.level));
  return {
    id: u.id,
    name: u.name,
    enterpriseName: u.enterprise_name,
    objectName: u.object_name,
    objectKind: u.object_kind,
    location: u.location,
    department: u.department,
    responsiblePerson: u.responsible_person,
    grade,
    color: riskColorOf(grade),
    events: events.map((e) => ({
      name: e.name,
      consequence: e.consequence,
      level: e.level,
      color: e.color,
      measures: measures
        .filter((m) => m.event_id === e.id && m.type !== '应急措施')
        .map((m) => ({ type: m.type, content: m.content })),
    })),
    emergencyMeasures: measures.filter((m) => m.type === '应急措施').map((m) => m.content),
  };
}
export type PublicUnit = Awaited<ReturnType<typeof publicUnit>>;

/** 风险告知卡 (A4 portrait, CJK font): header in the unit's colour, events, measures, emergency measures, QR code. */
export async function unitCardPdf(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  origin: string,
): Promise<{ buffer: Buffer; filename: string }> {
  await findInScope(ctx.db, requireActor(rc), 'risk_unit', id);
  const card = await publicUnit(ctx, id);
  if (!fs.existsSync(CJK_FONT.path))
    throw new Error(`CJK font missing: ${CJK_FONT.path} (apt-get install fonts-noto-cjk)`);
  const url = `${origin.replace(/\/$/, '')}/public/risk-units/${id}`;
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: `风险告知卡 ${card.name}`, Author: 'Anjian' },
  });
  doc.registerFont('cjk', CJK_FONT.path, CJK_FONT.face);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const W = doc.page.width - 80;
  const band = card.color ? HEX[card.color] : '#888888';
  doc.rect(40, 40, W, 70).fill(band);
  doc
    .fillColor(card.color === 'yellow' ? '#000000' : '#ffffff')
    .fontSize(26)
    .text('安全风险告知卡', 40, 52, { width: W, align: 'center' });
  const gradeText = card.grade ? `${card.grade}（${riskColorNames[card.color!]}色）` : '未评估';
  doc.fontSize(13).text(gradeText, 40, 86, { width: W, align: 'center' });

  doc.fillColor('#000000').fontSize(12);
  let y = 125;
  const line = (label: string, value: string | null) => {
    doc.text(`${label}：${value ?? '—'}`, 40, y, { width: W - 150 });
    y = doc.y + 4;
  };
  line('风险分析单元', card.name);
  line('所属企业', card.enterpriseName);
  line('风险分析对象', `${card.objectName}（${card.objectKind}）`);
  line('位置', card.location);
  line('责任部门', card.department);
  line('责任人', card.responsiblePerson);
  doc.image(qr, 40 + W - 130, 122, { width: 130 });
  doc.fontSize(8).text('扫码查看风险信息', 40 + W - 130, 254, { width: 130, align: 'center' });
  y = Math.max(y, 272) + 6;

  const heading = (t: string) => {
    doc.rect(40, y, W, 20).fill('#eeeeee');
    doc
      .fillColor('#000000')
      .fontSize(12)
      .text(t, 46, y + 3);
    y += 26;
  };
  heading('主要风险事件及管控措施');
  for (const e of card.events) {
    if (y > doc.page.height - 120) {
      doc.addPage();
      y = 40;
    }
    doc.rect(40, y + 2, 10, 10).fill(HEX[e.color as RiskColor]);
    doc
      .fillColor('#000000')
      .fontSize(11)
      .text(`${e.name}\u3000【${e.level as RiskLevel}】`, 56, y, { width: W - 16 });
    y = doc.y + 2;
    if (e.consequence) {
      doc
        .fontSize(9)
        .fillColor('#444444')
        .text(`可能后果：${e.consequence}`, 56, y, { width: W - 16 });
      y = doc.y + 2;
    }
    for (const m of e.measures) {
      doc
        .fontSize(10)
        .fillColor('#000000')
        .text(`· ${m.type}：${m.content}`, 64, y, { width: W - 24 });
      y = doc.y + 2;
    }
    y += 6;
  }
  if (card.events.length === 0) {
    doc.fontSize(10).text('尚未辨识风险事件。', 46, y);
    y = doc.y + 8;
  }
  heading('应急处置措施');
  for (const m of card.emergencyMeasures.length ? card.emergencyMeasures : ['—']) {
    doc
      .fontSize(10)
      .fillColor('#000000')
      .text(`· ${m}`, 46, y, { width: W - 12 });
    y = doc.y + 2;
  }
  doc
    .fontSize(9)
    .fillColor('#666666')
    .text(`应急电话：119 火警\u3000120 急救\u300012350 安全生产举报`, 40, Math.max(y + 12, doc.y + 12), {
      width: W,
    })
    // The address the QR code holds, on a line of its own, for those who cannot scan.
    .fontSize(8)
    .text(url, 40, doc.y + 2, { width: W, lineBreak: false });
  doc.end();
  await done;
  return { buffer: Buffer.concat(chunks), filename: `风险告知卡-${card.name}.pdf` };
}
