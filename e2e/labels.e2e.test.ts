import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

/** Issue 15 in the browser: AC-07 labels and clearance, and the near-duplicate name warning. */
describeE2E('sensitivity labels and near-duplicate names in the browser', (e) => {
  it('the security admin grants 敏感 clearance; the regulator labels a hazard 敏感; the county no longer finds it', async () => {
    const db = e().app.ctx.db;
    const hazard = await db
      .selectFrom('hazard')
      .select('id')
      .where('division_code', 'like', '640502%')
      .orderBy('reported_at', 'desc')
      .executeTakeFirstOrThrow();

    const sec = await signedIn(e(), 'sec_admin');
    await sec.goto('/users');
    await sec.getByTestId('user-grant-role-city_admin').click();
    await sec.getByTestId('grant-clearance-select').click();
    await sec.locator('.ant-select-item-option', { hasText: '敏感' }).click();
    await shot(sec, 'labels-grant-clearance');
    await sec.getByTestId('grant-role-submit').click();
    await sec.getByText('密级许可：敏感').waitFor();

    const city = await signedIn(e(), 'city_admin');
    await city.goto(`/hazards/${hazard.id}`);
    await city.getByTestId('hazard-sensitivity').click();
    await city.locator('.ant-select-item-option', { hasText: '敏感' }).click();
    await city.getByText('密级已改为：敏感').waitFor();
    await shot(city, 'labels-hazard-sensitive');

    const spt = await signedIn(e(), 'spt_admin');
    await spt.goto(`/hazards/${hazard.id}`);
    await spt.getByText('隐患不存在或不在您的管辖范围内').waitFor();
  });

  it('typing a registered name in another spelling warns before a second record is made', async () => {
    const known = await e()
      .app.ctx.db.selectFrom('enterprise')
      .select('name')
      .where('division_code', 'like', '640502%')
      .where('name', 'like', '%有限公司')
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const page = await signedIn(e(), 'spt_admin');
    await page.goto('/enterprises');
    await page.getByTestId('enterprise-create').click();
    await page.getByTestId('enterprise-name').fill(known.name.replace('有限公司', ' 有限责任公司'));
    const warning = page.getByTestId('enterprise-similar-names');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(known.name);
    expect(await warning.innerText()).toContain('已登记同名企业');
    await shot(page, 'labels-similar-names');
  });
});
