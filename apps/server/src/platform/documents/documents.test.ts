import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { DocumentTemplate } from '@anjian/domain';
import { actorFor } from '../../../test/actors.ts';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';
import type { RequestContext } from '../access/actor.ts';
import { ensureDocumentKinds, issueDocument } from './documents.ts';

/** A template as an issuing module would keep it (the enforcement module ships the real ones). */
const template: DocumentTemplate = {
  key: 'test.inspection-record',
  version: 1,
  title: '现场检查记录',
  blocks: [
    {
      type: 'fields',
      rows: [
        { label: '被检查单位', path: 'party.name' },
        { label: '检查场所', path: 'place' },
        { label: '检查时间', path: 'time' },
      ],
    },
    { type: 'heading', text: '检查情况' },
    { type: 'list', path: 'findings', item: '{{#}}. {{.text}}（{{.basis}}）', empty: '未发现问题' },
    { type: 'paragraph', text: '以上情况经{{party.name}}现场负责人确认无误。' },
    { type: 'signatures', parties: ['检查人员', '被检查单位现场负责人'] },
  ],
};
const data = {
  party: { name: '中卫市测试化工有限公司' },
  place: '甲类仓库',
  time: '2026年3月5日 9时至11时',
  findings: [
    { text: '甲类仓库内未设置可燃气体报警装置', basis: '安全生产法 第三十六条' },
    { text: '特种作业人员未持证上岗', basis: '安全生产法 第三十条' },
  ],
};

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doc-'));

describeEachEngine('执法文书: numbering, PDF, QR code, public verification, withdrawal', (t) => {
  let rc: RequestContext;
  beforeAll(async () => {
    await ensureDocumentKinds(t().ctx.db, [
      { code: 'test.inspection-record', name: '现场检查记录', abbreviation: '应急检记' },
      { code: 'test.rectification-order', name: '责令限期整改指令书', abbreviation: '应急责改' },
    ]);
    rc = { actor: await actorFor(t().ctx.db, 'city_admin'), ip: null, userAgent: null, requestId: null };
  });

  const issue = (overrides: Partial<Parameters<typeof issueDocument>[3]> = {}) =>
    t()
      .ctx.db.transaction()
      .execute((trx) =>
        issueDocument(t().ctx, trx, rc, {
          kind: 'test.inspection-record',
          divisionCode: '640500',
          template,
          data,
          issuedOn: '2026-03-05',
          origin: 'https://aj.example.gov.cn',
          ...overrides,
        }),
      );

  it('20 issued at once get 1..20: no gap, no duplicate; a rolled-back issue gives its number back', async () => {
    const docs = await Promise.all(
      Array.from({ length: 20 }, () => issue({ kind: 'test.rectification-order' })),
    );
    expect(docs.map((d) => d.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(docs.map((d) => d.number)).size).toBe(20);
    expect(docs.map((d) => d.number)).toContain('（中卫）应急责改〔2026〕20号');
    // The issuing step fails after the number was taken: the transaction rolls back with it.
    await expect(
      t()
        .ctx.db.transaction()
        .execute(async (trx) => {
          await issueDocument(t().ctx, trx, rc, {
            kind: 'test.rectification-order',
            divisionCode: '640500',
            template,
            data,
            issuedOn: '2026-03-05',
          });
          throw new Error('the case step failed');
        }),
    ).rejects.toThrow('the case step failed');
    expect((await issue({ kind: 'test.rectification-order' })).number).toBe('（中卫）应急责改〔2026〕21号');
    // Another authority and another year count on their own.
    expect((await issue({ kind: 'test.rectification-order', divisionCode: '640521' })).number).toBe(
      '（中宁）应急责改〔2026〕1号',
    );
    expect((await issue({ kind: 'test.rectification-order', issuedOn: '2027-01-04' })).number).toBe(
      '（中卫）应急责改〔2027〕1号',
    );
  });

  it('the PDF reads back with pdftotext, its QR code decodes to the public page, whose hash is the file’s', async () => {
    const doc = await issue();
    const dir = tmp();
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, doc.pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of [
      '中卫市应急管理局',
      '现场检查记录',
      doc.number,
      '中卫市测试化工有限公司',
      '甲类仓库内未设置可燃气体报警装置',
      '安全生产法 第三十条',
      '检查人员（签名）',
      '2026年3月5日',
    ])
      expect(text).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith('.png'));
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, png!)], {
      encoding: 'utf8',
    }).trim();
    expect(decoded).toBe(`https://aj.example.gov.cn/verify/${doc.id}`);

    const pub = await call(t().app, null, 'GET', `/api/public/documents/${doc.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toEqual({
      id: doc.id,
      kindName: '现场检查记录',
      title: '现场检查记录',
      number: doc.number,
      authority: '中卫市应急管理局',
      issuedOn: '2026-03-05',
      sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      status: 'valid',
      withdrawnOn: null,
    });
    // Nothing of the content or the parties is on the public page.
    expect(pub.body).not.toContain('测试化工');
    const [audit] = await latestAudit(t(), 1);
    expect(audit).toMatchObject({ action: 'document.issue', object_id: doc.id, outcome: 'success' });
  });

  it('the office downloads the very bytes the hash was taken of', async () => {
    const doc = await issue();
    const city = await login(t().app, 'city_admin');
    const res = await call(t().app, city, 'GET', `/api/documents/${doc.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(crypto.createHash('sha256').update(res.rawPayload).digest('hex')).toBe(doc.sha256);
  });

  it('withdrawal: audited, the public page says withdrawn, only once, only by the issuing office', async () => {
    const doc = await issue();
    const zn = await login(t().app, 'zn_admin');
    const other = await call(t().app, zn, 'POST', `/api/documents/${doc.id}/withdraw`, { reason: '试' });
    expect(other.statusCode).toBe(404); // another county's office: answers like a missing document
    const ent = await login(t().app, 'ent_user');
    expect(
      (await call(t().app, ent, 'POST', `/api/documents/${doc.id}/withdraw`, { reason: '试' })).statusCode,
    ).toBe(403);
    const city = await login(t().app, 'city_admin');
    expect((await call(t().app, city, 'POST', `/api/documents/${doc.id}/withdraw`, {})).statusCode).toBe(400);
    const res = await call(t().app, city, 'POST', `/api/documents/${doc.id}/withdraw`, {
      reason: '当事人名称有误，已重新制作',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', withdrawnReason: '当事人名称有误，已重新制作' });
    const [audit] = await latestAudit(t(), 1);
    expect(audit).toMatchObject({
      action: 'document.withdraw',
      object_id: doc.id,
      reason: '当事人名称有误，已重新制作',
    });
    const pub = (await call(t().app, null, 'GET', `/api/public/documents/${doc.id}`)).json();
    expect(pub.status).toBe('withdrawn');
    expect(pub.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pub).not.toHaveProperty('withdrawnReason');
    const again = await call(t().app, city, 'POST', `/api/documents/${doc.id}/withdraw`, { reason: '再次' });
    expect(again.statusCode).toBe(409);
  });

  it('an unknown document is a 404 on the public page, a malformed id a 400', async () => {
    const missing = await call(t().app, null, 'GET', `/api/public/documents/${crypto.randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect((await call(t().app, null, 'GET', '/api/public/documents/abc')).statusCode).toBe(400);
  });

  it('an administrator edits a kind’s pattern (audited); a pattern the formatter refuses is a 400 naming it', async () => {
    const sys = await login(t().app, 'sys_admin');
    const bad = await call(t().app, sys, 'PUT', '/api/documents/kinds/test.inspection-record', {
      name: '现场检查记录',
      abbreviation: '应急检记',
      pattern: '{authority}{kind}〔{year}〕号',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('缺少 {seq}');
    const ok = await call(t().app, sys, 'PUT', '/api/documents/kinds/test.inspection-record', {
      name: '现场检查记录',
      abbreviation: '应急检记',
      pattern: '{authority}{kind}〔{year}〕第{seq:3}号',
    });
    expect(ok.statusCode).toBe(400); // {authority}{kind} with nothing between them cannot be read back
    const good = await call(t().app, sys, 'PUT', '/api/documents/kinds/test.inspection-record', {
      name: '现场检查记录',
      abbreviation: '应急检记',
      pattern: '{authority}应急〔{year}〕{kind}第{seq:3}号',
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().example).toMatch(/^中卫应急〔\d{4}〕应急检记第001号$/);
    const [audit] = await latestAudit(t(), 1);
    expect(audit).toMatchObject({ action: 'document.kind.update', object_id: 'test.inspection-record' });
    const doc = await issue({ issuedOn: '2026-06-01' });
    expect(doc.number).toMatch(/^中卫应急〔2026〕应急检记第\d{3}号$/);
    const city = await login(t().app, 'city_admin');
    expect((await call(t().app, city, 'GET', '/api/documents/kinds')).statusCode).toBe(403);
  });
});
