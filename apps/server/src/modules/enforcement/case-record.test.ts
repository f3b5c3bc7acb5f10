import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { addCalendarDays, chinaDate } from '@anjian/domain';
import { type Session, call, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';
import { exportBundle, recordSteps } from '../../platform/records/records.ts';

const ago = (n: number) => addCalendarDays(chinaDate(new Date()), -n);
const pdfText = (pdf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'case-doc-')), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

describeEachEngine('a case issues its documents and chains every step (执法全过程记录)', (t) => {
  const app = () => t().app;
  const step = (s: Session, id: string, body: object) =>
    call(app(), s, 'POST', `/api/enforcement/cases/${id}/steps`, body);

  it('告知 → 告知书 and 决定 → 决定书, numbered, served on the party; the exported chain verifies offline', async () => {
    const [spt, ent, zn] = [
      await login(app(), 'spt_admin'),
      await login(app(), 'ent_user'),
      await login(app(), 'zn_admin'),
    ];
    const officers = (await call(app(), spt, 'GET', '/api/enforcement/officers')).json() as {
      id: string;
      divisionCode: string;
    }[];
    const filed = await call(app(), spt, 'POST', '/api/enforcement/cases', {
      enterpriseId: await enterpriseOf(t()),
      title: '未按规定对安全设备进行经常性维护',
      facts: '现场检查发现可燃气体报警器未校验',
      filedOn: ago(10),
      investigatorIds: officers
        .filter((o) => o.divisionCode === '640502')
        .slice(0, 2)
        .map((o) => o.id),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const c = filed.json();
    expect(c.documents).toEqual([]);
    await step(spt, c.id, { step: 'investigate', on: ago(9) });
    await step(spt, c.id, { step: 'concludeInvestigation', on: ago(5) });
    const fined = await call(app(), spt, 'PUT', `/api/enforcement/cases/${c.id}/penalty`, {
      fineId: '99-1',
      value: 20000,
    });
    expect(fined.statusCode, fined.body).toBe(200);
    const told = await step(spt, c.id, { step: 'notify', on: ago(4), hearingOffered: true });
    expect(told.statusCode, told.body).toBe(200);
    const [notice] = told.json().documents;
    expect(notice).toMatchObject({ kind: 'enforcement.penalty-notice', title: '行政处罚告知书' });
    expect(notice.number).toMatch(/^（沙坡头）应急罚告〔\d{4}〕\d+号$/);

    // The party downloads what was served on it; its text is the case's.
    const pdf = await call(app(), ent, 'GET', `/api/enforcement/cases/${c.id}/documents/${notice.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = pdfText(pdf.rawPayload);
    for (const expected of [
      '行政处罚告知书',
      notice.number,
      c.caseNo,
      '可燃气体报警器未校验',
      '罚款人民币20,000元',
    ])
      expect(text).toContain(expected.replace(/\s+/g, ''));
    expect(text).toContain('有权要求听证');
    // Another county does not reach the case, nor its documents.
    const other = await call(app(), zn, 'GET', `/api/enforcement/cases/${c.id}/documents/${notice.id}/pdf`);
    expect(other.statusCode).toBe(404);
    const wrongCase = await call(
      app(),
      spt,
      'GET',
      `/api/enforcement/cases/${c.id}/documents/00000000-0000-4000-8000-000000000000/pdf`,
    );
    expect(wrongCase.statusCode).toBe(404);

    const decided = await step(spt, c.id, { step: 'decide', on: ago(1), handedOver: true });
    expect(decided.statusCode, decided.body).toBe(200);
    const kinds = decided.json().documents.map((d: { kind: string }) => d.kind);
    expect(kinds).toEqual(['enforcement.penalty-notice', 'enforcement.penalty-decision']);
    const entView = (await call(app(), ent, 'GET', `/api/enforcement/cases/${c.id}`)).json();
    expect(entView.documents).toHaveLength(2);

    // Every step is in the chain, the documents' hashes among its attachments.
    const chain = await recordSteps(t().ctx.db, `case:${c.id}`);
    expect(chain.map((s) => s.stepType)).toEqual([
      '立案',
      '调查取证',
      '调查终结，提交审理',
      '拟定处罚',
      '告知拟处罚及陈述申辩、听证权利',
      '作出行政处罚决定',
    ]);
    const docs = decided.json().documents as { sha256: string }[];
    expect(chain.flatMap((s) => s.attachmentHashes)).toEqual(docs.map((d) => d.sha256));

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-bundle-'));
    const out = await exportBundle(t().ctx.db, `case:${c.id}`, dir, { readAttachment: async () => null });
    expect(out).toMatchObject({ steps: 6, documents: 2, attachments: 0 });
    const verify = () =>
      spawnSync(process.execPath, [path.join(dir, 'verify.mjs'), dir], { encoding: 'utf8' }).status;
    expect(verify()).toBe(0);
    const decisionFile = fs
      .readdirSync(path.join(dir, 'documents'))
      .map((f) => path.join(dir, 'documents', f))[1]!;
    const bytes = fs.readFileSync(decisionFile);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 1, bytes.length - 10);
    fs.writeFileSync(decisionFile, bytes);
    expect(verify()).toBe(1);
  });
});
