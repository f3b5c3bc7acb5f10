import { expect, it } from 'vitest';
import { type Session, describeEachEngine, enterpriseOf, login } from '../../../test/test-app.ts';

describeEachEngine('Idempotency-Key on creating requests', (t) => {
  const post = (s: Session, key: string | null, payload: object, url = '/api/hazards') =>
    t().app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
        ...(key === null ? {} : { 'idempotency-key': key }),
      },
      payload,
    });
  const hazard = (enterpriseId: string, description: string) => ({
    enterpriseId,
    source: '网格巡查',
    location: '储罐区',
    description,
  });
  const rowsWith = async (description: string) =>
    (await t().ctx.db.selectFrom('hazard').select('id').where('description', '=', description).execute())
      .length;

  it('a repeat with the same key answers the first answer and creates nothing', async () => {
    const grid = await login(t().app, 'spt_grid');
    const body = hazard(await enterpriseOf(t()), '幂等测试：同一键重复提交');
    const first = await post(grid, 'key-same-0001', body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(grid, 'key-same-0001', body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await rowsWith(body.description)).toBe(1);
    // Without a key, or with another key, a request is a new request.
    expect((await post(grid, 'key-same-0002', body)).statusCode).toBe(201);
    expect((await post(grid, null, body)).statusCode).toBe(201);
    expect(await rowsWith(body.description)).toBe(3);
  });

  it('the same key with a different body is a 409 with a Chinese message, and creates nothing', async () => {
    const grid = await login(t().app, 'spt_grid');
    const ent = await enterpriseOf(t());
    expect((await post(grid, 'key-diff-0001', hazard(ent, '幂等测试：第一次'))).statusCode).toBe(201);
    const other = await post(grid, 'key-diff-0001', hazard(ent, '幂等测试：内容不同'));
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.json().error.message).toMatch(/幂等键/);
    expect(await rowsWith('幂等测试：内容不同')).toBe(0);
  });

  it('keys belong to their user: another user with the same key creates their own record', async () => {
    const ent = await enterpriseOf(t());
    const [grid, spt] = [await login(t().app, 'spt_grid'), await login(t().app, 'spt_admin')];
    const body = hazard(ent, '幂等测试：两个用户');
    expect((await post(grid, 'key-user-0001', body)).statusCode).toBe(201);
    expect((await post(spt, 'key-user-0001', body)).statusCode).toBe(201);
    expect(await rowsWith(body.description)).toBe(2);
  });

  it('a failed first attempt claims nothing: the retry with the same key runs', async () => {
    const grid = await login(t().app, 'spt_grid');
    const bad = await post(grid, 'key-fail-0001', { ...hazard(await enterpriseOf(t()), 'x'), source: '' });
    expect(bad.statusCode).toBe(400);
    const ok = await post(grid, 'key-fail-0002', hazard(await enterpriseOf(t()), '幂等测试：重试'));
    expect(ok.statusCode).toBe(201);
  });

  it('concurrent duplicates create one record and all answer the same', async () => {
    const grid = await login(t().app, 'spt_grid');
    const body = hazard(await enterpriseOf(t()), '幂等测试：并发双击');
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(grid, 'key-race-0001', body)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await rowsWith(body.description)).toBe(1);
  });

  it('refuses a malformed key', async () => {
    const grid = await login(t().app, 'spt_grid');
    const res = await post(grid, 'short', hazard(await enterpriseOf(t()), '幂等测试：坏键'));
    expect(res.statusCode).toBe(400);
    expect(await rowsWith('幂等测试：坏键')).toBe(0);
  });
});
