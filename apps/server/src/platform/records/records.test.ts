import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { actorFor } from '../../../test/actors.ts';
import { describeEachEngine } from '../../../test/test-app.ts';
import type { RequestContext } from '../access/actor.ts';
import { ensureDocumentKinds, issueDocument } from '../documents/documents.ts';
import { appendRecord, exportBundle, recordSteps } from './records.ts';

const verifier = path.resolve('scripts/case-verify.mjs');
const verify = (dir: string, script = verifier) => {
  const r = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const copyBundle = (dir: string) => {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  fs.cpSync(dir, to, { recursive: true });
  return to;
};

describeEachEngine('执法全过程记录: hash chain, bundle, offline verifier', (t) => {
  const caseId = crypto.randomUUID();
  const chain = `case:${caseId}`;
  const photo = crypto.randomBytes(2048);
  const photoHash = crypto.createHash('sha256').update(photo).digest('hex');
  let dir = '';

  beforeAll(async () => {
    const { ctx } = t();
    await ensureDocumentKinds(ctx.db, [{ code: 'test.filing', name: '立案审批表', abbreviation: '应急立' }]);
    const rc: RequestContext = {
      actor: await actorFor(ctx.db, 'city_admin'),
      ip: null,
      userAgent: null,
      requestId: null,
    };
    const step = (stepType: string, data: unknown, attachmentHashes: string[] = []) =>
      ctx.db.transaction().execute((trx) =>
        appendRecord(trx, {
          chain,
          divisionCode: '640500',
          stepType,
          data,
          attachmentHashes,
          actor: '张三',
        }),
      );
    await step('立案', { cause: '未按规定设置报警装置', party: { name: '测试化工' } });
    await step('调查取证', { note: '现场拍照', amount: 0.1 }, [photoHash]);
    const doc = await ctx.db.transaction().execute(async (trx) => {
      const d = await issueDocument(ctx, trx, rc, {
        kind: 'test.filing',
        divisionCode: '640500',
        template: {
          key: 'test.filing',
          version: 1,
          title: '立案审批表',
          blocks: [{ type: 'paragraph', text: '{{x}}' }],
        },
        data: { x: '拟立案' },
        subject: { type: 'case', id: caseId },
      });
      await appendRecord(trx, {
        chain,
        divisionCode: '640500',
        stepType: '文书',
        data: { number: d.number },
        attachmentHashes: [d.sha256],
      });
      return d;
    });
    await step('结案', { result: '罚款', fine: 30000, skipped: undefined });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    const r = await exportBundle(ctx.db, chain, dir, {
      readAttachment: async (h) => (h === photoHash ? photo : null),
    });
    expect(r).toMatchObject({ steps: 4, attachments: 1, documents: 1 });
    expect(fs.existsSync(path.join(dir, 'documents', `${doc.id}.pdf`))).toBe(true);
  });

  it('the exported bundle verifies offline, with the npm script’s verifier and with its own copy', () => {
    const ok = verify(dir);
    expect(ok.out).toContain(`OK ${chain}: 4 steps verify`);
    expect(ok.code).toBe(0);
    expect(verify(dir, path.join(dir, 'verify.mjs')).code).toBe(0);
  });

  it('one changed byte in an attachment is detected, naming its step', () => {
    const d = copyBundle(dir);
    const file = path.join(d, 'attachments', photoHash);
    const buf = fs.readFileSync(file);
    buf[100] = buf[100]! ^ 0x01;
    fs.writeFileSync(file, buf);
    const r = verify(d);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`step 2 (调查取证): attachment ${photoHash} was altered`);
  });

  it('a removed step is detected, in the middle and at the end', () => {
    const d = copyBundle(dir);
    const bundle = JSON.parse(fs.readFileSync(path.join(d, 'bundle.json'), 'utf8'));
    fs.writeFileSync(
      path.join(d, 'bundle.json'),
      JSON.stringify({ ...bundle, steps: bundle.steps.filter((s: { seq: number }) => s.seq !== 2) }),
    );
    const r = verify(d);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/step 3 \(文书\): step number 3 where 2 was expected/);
    // Renumbering the steps after the removal does not help: the previous hash no longer matches.
    const renumbered = bundle.steps
      .filter((s: { seq: number }) => s.seq !== 2)
      .map((s: { seq: number }, i: number) => ({ ...s, seq: i + 1 }));
    fs.writeFileSync(path.join(d, 'bundle.json'), JSON.stringify({ ...bundle, steps: renumbered }));
    expect(verify(d).out).toMatch(/step 2 \(文书\): its previous hash/);
    fs.writeFileSync(
      path.join(d, 'bundle.json'),
      JSON.stringify({ ...bundle, steps: bundle.steps.slice(0, 3) }),
    );
    expect(verify(d).out).toMatch(/steps were removed from the end/);
  });

  it('an altered step or document is detected', () => {
    const d = copyBundle(dir);
    const bundle = JSON.parse(fs.readFileSync(path.join(d, 'bundle.json'), 'utf8'));
    bundle.steps[3].data.fine = 3000;
    fs.writeFileSync(path.join(d, 'bundle.json'), JSON.stringify(bundle));
    expect(verify(d).out).toContain('step 4 (结案): its content does not match its hash');
    const d2 = copyBundle(dir);
    const pdf = path.join(d2, bundle.documents[0].file);
    fs.appendFileSync(pdf, ' ');
    expect(verify(d2).out).toMatch(/step 3 \(文书\): attachment [0-9a-f]{64} was altered/);
  });

  it('the chain is append-only in the database, and concurrent appends stay linear', async () => {
    const { db } = t().ctx;
    await expect(sql`UPDATE record_step SET actor = 'x' WHERE chain = ${chain}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    const other = `case:${crypto.randomUUID()}`;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db
          .transaction()
          .execute((trx) =>
            appendRecord(trx, { chain: other, divisionCode: '640521', stepType: 's', data: { i } }),
          ),
      ),
    );
    const steps = await recordSteps(db, other);
    expect(steps.map((s) => s.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    steps.forEach((s, i) => i > 0 && expect(s.prevHash).toBe(steps[i - 1]!.hash));
  });
});
