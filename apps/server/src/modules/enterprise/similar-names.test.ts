import { expect, it } from 'vitest';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';

describeEachEngine('near-duplicate enterprise names (issue 15 item 7)', (t) => {
  it('finds the same enterprise under another spelling, within the asker’s scope only', async () => {
    const { app, ctx } = t();
    const [spt, zn] = [await login(app, 'spt_admin'), await login(app, 'zn_admin')];
    const known = await ctx.db
      .selectFrom('enterprise')
      .select(['id', 'name'])
      .where('division_code', 'like', '640502%')
      .where('name', 'like', '%有限公司')
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const ask = (s: typeof spt, name: string, excludeId?: string) =>
      call(
        app,
        s,
        'GET',
        `/api/enterprises/similar-names?name=${encodeURIComponent(name)}${excludeId ? `&excludeId=${excludeId}` : ''}`,
      );

    const respaced = known.name.replace('有限公司', ' 有限责任公司');
    const same = await ask(spt, respaced);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().items[0]).toMatchObject({ id: known.id, name: known.name, likeness: 'same' });

    // One character of the distinctive part changed: still flagged, as 'similar'.
    const chars = [...known.name];
    const at = known.name.startsWith('中卫市') ? 3 : 0;
    chars[at] = chars[at] === '甲' ? '乙' : '甲';
    const typo = await ask(spt, chars.join(''));
    expect(typo.json().items).toContainEqual(expect.objectContaining({ id: known.id, likeness: 'similar' }));

    // Editing the enterprise itself is no duplicate; another county does not learn the name exists.
    expect(
      (await ask(spt, known.name, known.id)).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(known.id);
    expect((await ask(zn, known.name)).json().items.map((i: { id: string }) => i.id)).not.toContain(known.id);

    const bad = await ask(spt, 'x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toMatch(/至少 2 个字/);
  });
});
