import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { addCalendarDays, chinaDate } from '@anjian/domain';
import {
  type Session,
  call,
  describeEachEngine,
  enterpriseOf,
  latestAudit,
  login,
} from '../../../test/test-app.ts';

const pdfText = (pdf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'insp-review-')), 'doc.pdf');
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

describeEachEngine('整改复查 (review of an inspection’s findings)', (t) => {
  const app = () => t().app;
  const db = () => t().ctx.db;
  const hazardStep = (s: Session, id: string, action: string, body: object = {}) =>
    call(app(), s, 'POST', `/api/hazards/${id}/${action}`, body);
  const hazardStatus = async (id: string) =>
    (await db().selectFrom('hazard').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const chain = async (id: string) =>
    (
      await db()
        .selectFrom('record_step')
        .select('step_type')
        .where('chain', '=', `inspection:${id}`)
        .orderBy('seq')
        .execute()
    ).map((r) => r.step_type);
  /** The enterprise rectifies and applies for acceptance (开始整改 → 申请验收). */
  const applyFor = async (ent: Session, hazardId: string) => {
    expect((await hazardStep(ent, hazardId, 'start-rectification', { comment: '已清理' })).statusCode).toBe(
      200,
    );
    expect((await hazardStep(ent, hazardId, 'request-acceptance', { comment: '整改完毕' })).statusCode).toBe(
      200,
    );
  };

  it('closes the rectified findings’ hazards, keeps the rest open and listed, issues the 意见书; scope holds', async () => {
    const [spt, ent, zn] = [
      await login(app(), 'spt_admin'),
      await login(app(), 'ent_user'),
      await login(app(), 'zn_admin'),
    ];
    const enterpriseId = await enterpriseOf(t());
    const created = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId,
      idempotencyKey: `draft-${crypto.randomUUID()}`,
      findings: [
        finding('二号仓库消防通道被货物堵塞', '二号仓库'),
        finding('配电室灭火器压力不足', '配电室'),
      ],
      rectifyBy: addCalendarDays(chinaDate(new Date()), 10),
    });
    expect(created.statusCode, created.body).toBe(201);
    const insp = created.json();
    const [a, b] = insp.findings.map((f: { hazardId: string }) => f.hazardId) as [string, string];
    await applyFor(ent, a);
    const review = (s: Session, findings: object[]) =>
      call(app(), s, 'POST', `/api/inspections/${insp.id}/review`, { findings });
    const rectifiedA = { hazardId: a, rectified: true };
    const good = [rectifiedA, { hazardId: b, rectified: false, comment: '灭火器尚未更换' }];

    // Another county: 404 like a missing inspection, audited; an enterprise account: 403. Nothing written.
    expect((await review(zn, good)).statusCode).toBe(404);
    const [denied] = await latestAudit(t(), 1);
    expect(denied).toMatchObject({ outcome: 'denied', object_id: insp.id, username: 'zn_admin' });
    expect((await review(ent, good)).statusCode).toBe(403);
    // Bad input: a finding left out, an unrectified one without its reason, a stranger's hazard.
    const missing = await review(spt, [rectifiedA]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0]).toMatchObject({ field: 'findings' });
    const noReason = await review(spt, [rectifiedA, { hazardId: b, rectified: false }]);
    expect(noReason.json().error.details).toEqual([
      { field: 'findings.1.comment', message: expect.any(String) },
    ]);
    const stranger = await review(spt, [...good, { hazardId: crypto.randomUUID(), rectified: true }]);
    expect(stranger.json().error.details[0]).toMatchObject({ field: 'findings.2.hazardId' });
    // 验收销号 of a finding whose enterprise has not applied: the hazard loop refuses (409), all rolls back.
    const early = await review(spt, [rectifiedA, { hazardId: b, rectified: true }]);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('HAZARD_STEP_NOT_ALLOWED');
    expect(await hazardStatus(a)).toBe('acceptance_requested');
    expect(await chain(insp.id)).toEqual(['inspect']);

    const res = await review(spt, good);
    expect(res.statusCode, res.body).toBe(200);
    const reviewed = res.json();
    expect(reviewed.status).toBe('rectifying');
    expect(reviewed.findings.map((f: { review: unknown }) => f.review)).toEqual([
      { rectified: true, reviewedOn: chinaDate(new Date()), comment: null },
      { rectified: false, reviewedOn: chinaDate(new Date()), comment: '灭火器尚未更换' },
    ]);
    expect([await hazardStatus(a), await hazardStatus(b)]).toEqual(['accepted', 'assessed']);
    const doc = reviewed.documents.find((d: { kind: string }) => d.kind === 'enforcement.rectify-review');
    expect(doc.number).toMatch(/^（沙坡头）应急复查〔\d{4}〕\d+号$/);
    const order = reviewed.documents.find((d: { kind: string }) => d.kind === 'enforcement.rectify-order');
    const pdf = await call(app(), ent, 'GET', `/api/inspections/${insp.id}/documents/${doc.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    for (const part of [doc.number, order.number, '二号仓库消防通道被货物堵塞', '灭火器尚未更换', '尚有1项'])
      expect(text).toContain(part);
    expect(await chain(insp.id)).toEqual(['inspect', 'review']);

    // A second review takes the open finding only; with it rectified the inspection is closed.
    expect((await review(spt, good)).json().error.details[0]).toMatchObject({ field: 'findings.0.hazardId' });
    await applyFor(ent, b);
    const last = await review(spt, [{ hazardId: b, rectified: true, comment: '已更换灭火器' }]);
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json().status).toBe('closed');
    expect(await hazardStatus(b)).toBe('accepted');
    expect((await review(spt, [{ hazardId: b, rectified: true }])).statusCode).toBe(409);
    expect(await chain(insp.id)).toEqual(['inspect', 'review', 'review']);
    const audits = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', insp.id)
      .where('action', '=', 'inspection.review')
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('an unrectified finding whose enterprise applied for acceptance goes back to rectifying', async () => {
    const [spt, ent] = [await login(app(), 'spt_admin'), await login(app(), 'ent_user')];
    const created = await call(app(), spt, 'POST', '/api/inspections', {
      enterpriseId: await enterpriseOf(t()),
      idempotencyKey: `draft-${crypto.randomUUID()}`,
      findings: [finding('危化品仓库未设置防爆灯具', '危化品仓库')],
      rectifyBy: addCalendarDays(chinaDate(new Date()), 10),
    });
    const insp = created.json();
    const hazardId = insp.findings[0].hazardId as string;
    await applyFor(ent, hazardId);
    const res = await call(app(), spt, 'POST', `/api/inspections/${insp.id}/review`, {
      findings: [{ hazardId, rectified: false, comment: '防爆灯具未到货' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rectifying' });
    expect(await hazardStatus(hazardId)).toBe('rectifying');
    const hazard = (await call(app(), spt, 'GET', `/api/hazards/${hazardId}`)).json();
    expect(hazard.rejections).toBe(1);
  });
});
