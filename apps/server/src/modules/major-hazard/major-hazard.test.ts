import { expect, it } from 'vitest';
import { call, describeEachEngine } from '../../../test/test-app.ts';

const calc = (app: Parameters<typeof call>[0], body: unknown) =>
  call(app, null, 'POST', '/api/calc/major-hazard', body);

describeEachEngine('major hazard calculator', (t) => {
  it('answers the issue’s example without a session: S 14.0046, α 2, R 96.0092 → 二级', async () => {
    const { app } = t();
    const res = await calc(app, {
      exposedPeople: 120,
      chemicals: [
        { name: '氯', q: 25 },
        { cas: '7782-50-5', q: 25 },
        { symbol: 'W5.4', q: 23 },
        { q: 80, Q: 20, beta: 2 },
      ],
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ S: 14.0046, isMajor: true, alpha: 2, R: 96.0092, level: '二级' });
    expect(r.tablesVersion).toContain('18218');
    expect(r.terms.map((x: { name: string; Q: number; beta: number }) => [x.name, x.Q, x.beta])).toEqual([
      ['氯', 5, 4],
      ['氯', 5, 4],
      [expect.stringContaining('W5.4'), 5000, 1],
      ['自定义', 20, 2],
    ]);
  });

  it.each([
    ['S = 1 exactly (光气 0.3 t at Q 0.3 t)', 1, [{ name: '光气', q: 0.3 }], '1', true],
    ['S just below 1', 1, [{ name: '氯', q: 4.99 }], '499/500', false],
  ])('%s', async (_what, people, chemicals, S, isMajor) => {
    const r = (await calc(t().app, { exposedPeople: people, chemicals })).json();
    expect(r.exact.S).toBe(S);
    expect(r.isMajor).toBe(isMajor);
    if (!isMajor) expect(r.level).toBeNull();
  });

  it.each([
    ['R = 100 → 一级', 40, [{ name: '异氰酸甲酯', q: 3.125 }], '100', '一级'],
    ['R just below 100 → 二级', 40, [{ name: '异氰酸甲酯', q: 3.1249 }], '62498/625', '二级'],
    ['R = 50 → 二级', 40, [{ name: '异氰酸甲酯', q: 1.5625 }], '50', '二级'],
    ['R just below 50 → 三级', 40, [{ name: '异氰酸甲酯', q: 1.5624 }], '31248/625', '三级'],
    [
      'R = 10 → 三级',
      0,
      [
        { name: '氯', q: 6 },
        { name: '异氰酸甲酯', q: 0.57 },
      ],
      '10',
      '三级',
    ],
    [
      'R just below 10 → 四级',
      0,
      [
        { name: '氯', q: 6 },
        { name: '异氰酸甲酯', q: 0.5699 },
      ],
      '7499/750',
      '四级',
    ],
  ])('%s', async (_what, people, chemicals, R, level) => {
    const r = (await calc(t().app, { exposedPeople: people, chemicals })).json();
    expect(r.exact.R).toBe(R);
    expect(r.level).toBe(level);
  });

  it('an unknown name or symbol is a 400 that names it', async () => {
    const { app } = t();
    const byName = await calc(app, {
      exposedPeople: 0,
      chemicals: [
        { name: '氯', q: 1 },
        { name: '不存在物', q: 1 },
      ],
    });
    expect(byName.statusCode).toBe(400);
    expect(byName.json().error).toMatchObject({
      code: 'MAJOR_HAZARD_UNKNOWN_CHEMICAL',
      details: [{ field: 'chemicals.1.name', message: expect.stringContaining('不存在物') }],
    });
    const bySymbol = await calc(app, { exposedPeople: 0, chemicals: [{ symbol: 'W99', q: 1 }] });
    expect(bySymbol.statusCode).toBe(400);
    expect(bySymbol.json().error).toMatchObject({
      code: 'MAJOR_HAZARD_UNKNOWN_SYMBOL',
      details: [{ field: 'chemicals.0.symbol', message: expect.stringContaining('W99') }],
    });
    const invalid = await calc(app, { exposedPeople: -1, chemicals: [] });
    expect(invalid.statusCode).toBe(400);
  });
});
