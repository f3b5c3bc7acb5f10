import { expect, it } from 'vitest';
import { asPeriod, ruleRef } from '@anjian/domain';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';
import { ruleAt, ruleVersion } from './rules.ts';

describeEachEngine('法定规则版本: rows with effective dates, the admin API, ruleAt', (t) => {
  it('ships the enforcement rules into every installation; ruleAt picks the version in force', async () => {
    const { db } = t().ctx;
    const before = await ruleAt(db, 'service.publicNotice', '2021-12-31');
    const after = await ruleAt(db, 'service.publicNotice', '2022-01-01');
    expect(asPeriod(before as never).count).toBe(60);
    expect(asPeriod(after as never).count).toBe(30);
    expect(after.citation).toContain('民事诉讼法');
    const ref = ruleRef(after);
    expect(ref.version).toBe(after.id);
    expect((await ruleVersion(db, ref.version))?.value).toEqual(after.value);
    const proc = await ruleAt<{ number: string }>(db, 'procedure.regulation', '2026-02-01');
    expect(proc.value.number).toBe('应急管理部令第18号');
    await expect(ruleAt(db, 'case.decision', '2000-01-01')).rejects.toMatchObject({
      code: 'RULE_NOT_IN_FORCE',
    });
  });

  it('an administrator adds a version (audited): the previous one ends that day, old results keep theirs', async () => {
    const { app, ctx } = t();
    const old = await ruleAt(ctx.db, 'case.payment', '2026-06-01');
    const sys = await login(app, 'sys_admin');
    const res = await call(app, sys, 'POST', '/api/rules', {
      key: 'case.payment',
      value: { kind: 'period', count: 20, unit: 'calendarDays', startsAt: 'decisionServed' },
      effectiveFrom: '2030-01-01',
      citation: '测试用修订（非真实法律）',
      verified: false,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: 'case.payment', source: 'admin', effectiveTo: null });
    expect(res.json().changedBy).toBeTruthy();
    const [audit] = await latestAudit(t(), 1);
    expect(audit).toMatchObject({
      action: 'rule.version.create',
      object_type: 'legal_rule',
      object_id: res.json().id,
    });
    expect((await ruleAt(ctx.db, 'case.payment', '2029-12-31')).id).toBe(old.id);
    expect((await ruleAt(ctx.db, 'case.payment', '2030-01-01')).id).toBe(res.json().id);
    const list = (await call(app, sys, 'GET', '/api/rules?key=case.payment')).json();
    expect(list.problems).toEqual([]);
    expect(list.items.find((r: { id: string }) => r.id === old.id).effectiveTo).toBe('2030-01-01');
  });

  it('a correction of the same day supersedes the row (reason required); the old row stays readable', async () => {
    const { app, ctx } = t();
    const sys = await login(app, 'sys_admin');
    const old = await ruleAt(ctx.db, 'publication.withdrawal', '2026-06-01');
    const body = {
      key: 'publication.withdrawal',
      value: { kind: 'period', count: 3, unit: 'workingDays', startsAt: 'publishedDecisionChanged' },
      effectiveFrom: old.effectiveFrom,
      citation: old.citation,
      verified: true,
      note: '核对原文后更正说明',
    };
    const noReason = await call(app, sys, 'POST', '/api/rules', body);
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('reason');
    const res = await call(app, sys, 'POST', '/api/rules', { ...body, reason: '补充说明' });
    expect(res.statusCode).toBe(201);
    expect((await ruleAt(ctx.db, 'publication.withdrawal', '2026-06-01')).id).toBe(res.json().id);
    expect((await ruleVersion(ctx.db, old.id!))?.citation).toBe(old.citation);
    const list = (await call(app, sys, 'GET', '/api/rules?key=publication.withdrawal')).json();
    expect(list.items.find((r: { id: string }) => r.id === old.id).supersededBy).toBe(res.json().id);
  });

  it('refuses an unknown key, a value of the wrong kind and a non-admin, in Chinese', async () => {
    const { app } = t();
    const sys = await login(app, 'sys_admin');
    const base = { effectiveFrom: '2031-01-01', citation: 'x', verified: false };
    const unknown = await call(app, sys, 'POST', '/api/rules', { ...base, key: 'made.up', value: {} });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('未知的规则键');
    const wrong = await call(app, sys, 'POST', '/api/rules', {
      ...base,
      key: 'case.decision',
      value: { kind: 'period', count: -1, unit: 'weeks', startsAt: 'filed' },
    });
    expect(wrong.statusCode).toBe(400);
    const city = await login(app, 'city_admin');
    expect(
      (await call(app, city, 'POST', '/api/rules', { ...base, key: 'case.decision', value: {} })).statusCode,
    ).toBe(403);
    expect((await call(app, city, 'GET', '/api/rules')).statusCode).toBe(200);
  });
});
