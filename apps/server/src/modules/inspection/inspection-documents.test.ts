import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { addCalendarDays, chinaDate } from '@anjian/domain';
import { call, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';

const pdfText = (pdf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insp-doc-')), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

const finding = (description: string, location: string) => ({
  checklistItem: '消防通道畅通，灭火器在有效期内',
  description,
  location,
  level: '一般',
  legalBasis: '《中华人民共和国消防法》第二十八条',
});

describeEachEngine('现场检查 documents (检查记录, 责令限期整改指令书)', (t) => {
  const app = () => t().app;
  const day = (n: number) => addCalendarDays(chinaDate(new Date()), n);

  it('issues the numbered 记录 and 指令书 (deadline per finding), chained; the enterprise gets only the 指令书', async () => {
    const [spt, ent, zn] = [
      await login(app(), 'spt_admin'),
      await login(app(), 'ent_user'),
      await login(app(), 'zn_admin'),
    ];
    const enterpriseId = await enterpriseOf(t());
    const res = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId,
      idempotencyKey: `draft-${crypto.randomUUID()}`,
      findings: [
        finding('二号仓库消防通道被货物堵塞', '二号仓库'),
        { ...finding('配电室灭火器压力不足', '配电室'), deadline: day(3) },
      ],
      measures: ['当场整改'],
      rectifyBy: day(15),
    });
    expect(res.statusCode, res.body).toBe(201);
    const insp = res.json();
    expect(insp.findings.map((f: { deadline: string }) => f.deadline)).toEqual([day(15), day(3)]);
    const [record, order] = insp.documents;
    expect(insp.documents).toHaveLength(2);
    expect(record).toMatchObject({ kind: 'enforcement.inspection-record', title: '现场检查记录' });
    expect(record.number).toMatch(/^（沙坡头）应急检记〔\d{4}〕\d+号$/);
    expect(order).toMatchObject({ kind: 'enforcement.rectify-order', title: '责令限期整改指令书' });
    expect(order.number).toMatch(/^（沙坡头）应急责改〔\d{4}〕\d+号$/);

    const { name } = await t()
      .ctx.db.selectFrom('enterprise')
      .select('name')
      .where('id', '=', enterpriseId)
      .executeTakeFirstOrThrow();
    const pdfOf = (s: typeof spt, docId: string) =>
      call(app(), s, 'GET', `/api/inspections/${insp.id}/documents/${docId}/pdf`);
    const orderPdf = await pdfOf(ent, order.id);
    expect(orderPdf.statusCode).toBe(200);
    expect(orderPdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(orderPdf.rawPayload);
    for (const part of [
      name,
      order.number,
      '二号仓库消防通道被货物堵塞',
      '配电室灭火器压力不足',
      day(3),
      day(15),
    ])
      expect(text).toContain(part.replace(/\s+/g, ''));
    const recordText = pdfText((await pdfOf(spt, record.id)).rawPayload);
    for (const part of [
      name,
      record.number,
      '二号仓库消防通道被货物堵塞',
      '配电室灭火器压力不足',
      '当场整改',
    ])
      expect(recordText).toContain(part.replace(/\s+/g, ''));

    // The enterprise sees and downloads only what was served on it; another county sees nothing.
    const seen = (await call(app(), ent, 'GET', `/api/inspections/${insp.id}`)).json();
    expect(seen.documents.map((d: { id: string }) => d.id)).toEqual([order.id]);
    expect((await pdfOf(ent, record.id)).statusCode).toBe(404);
    expect((await pdfOf(zn, order.id)).statusCode).toBe(404);

    const [step] = await t()
      .ctx.db.selectFrom('record_step')
      .select(['step_type', 'attachment_hashes'])
      .where('chain', '=', `inspection:${insp.id}`)
      .execute();
    expect(step?.attachment_hashes).toEqual([record.sha256, order.sha256]);
  });

  it('an inspection without findings issues the 记录 only', async () => {
    const spt = await login(app(), 'spt_admin');
    const res = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId: await enterpriseOf(t()),
      idempotencyKey: `draft-${crypto.randomUUID()}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().documents.map((d: { kind: string }) => d.kind)).toEqual([
      'enforcement.inspection-record',
    ]);
  });
});
