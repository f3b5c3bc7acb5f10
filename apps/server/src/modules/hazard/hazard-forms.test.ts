import { expect, it } from 'vitest';
import { call, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

describeEachEngine('forms that speak the user’s language (issue 11 item 8)', (t) => {
  it('refuses a 五落实 deadline not after the report and negative funds, in specific Chinese', async () => {
    const { app } = t();
    const [spt, ent] = [await login(app, 'spt_admin'), await login(app, 'ent_user')];
    const h = (
      await call(app, spt, 'POST', '/api/hazards', {
        enterpriseId: await enterpriseOf(t()),
        source: '执法检查',
        location: '储罐区',
        description: '储罐区防爆电气失效',
      })
    ).json();
    expect(
      (await call(app, spt, 'POST', `/api/hazards/${h.id}/assess`, { level: '一般', deadline: day(10) }))
        .statusCode,
    ).toBe(200);
    const plan = {
      responsiblePerson: '王伟',
      measures: '更换防爆电气',
      funds: 2,
      deadline: day(0),
      contingencyPlan: '停用储罐区',
    };
    const early = await call(app, ent, 'POST', `/api/hazards/${h.id}/start-rectification`, { plan });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details).toEqual([
      { field: 'plan.deadline', message: `整改期限应晚于隐患上报日期（${day(0)}）` },
    ]);
    const negative = await call(app, ent, 'POST', `/api/hazards/${h.id}/start-rectification`, {
      plan: { ...plan, deadline: day(5), funds: -1 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details).toEqual([
      { field: 'body.plan.funds', message: '整改资金不能为负数' },
    ]);

    // zod's own messages are Chinese and specific, never "数值过小：期望 …".
    const long = await call(app, spt, 'POST', '/api/hazards', {
      enterpriseId: await enterpriseOf(t()),
      source: '执法检查',
      location: '位'.repeat(201),
      description: '描述',
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details).toEqual([{ field: 'body.location', message: '最多 200 个字符' }]);
    expect(long.body).not.toMatch(/期望|数值过/);

    // Full-width digits and letters pasted from Word or WeChat are stored as ASCII.
    const wide = await call(app, spt, 'POST', '/api/hazards', {
      enterpriseId: await enterpriseOf(t()),
      source: '执法检查',
      location: '３号罐ＡＢ区',
      description: '液位计失效，高度：１２ｍ',
    });
    expect(wide.json()).toMatchObject({ location: '3号罐AB区', description: '液位计失效，高度：12m' });

    const ok = await call(app, ent, 'POST', `/api/hazards/${h.id}/start-rectification`, {
      plan: { ...plan, deadline: day(5) },
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
