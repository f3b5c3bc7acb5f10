import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

describeE2E('重大危险源 标准参数 and 包保履职周期 in the browser', (e) => {
  it('the administrator corrects 氯’s Q in Table 1; the calculator uses it; a regulator sees it read-only', async () => {
    const admin = await signedIn(e(), 'sys_admin');
    await admin.goto('/system/major-hazard-standard');
    const table = admin.getByTestId('mh-standard-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await admin.getByTestId('mh-standard-revision').textContent()).toBe('0');
    const chlorine = table
      .locator('tbody tr.ant-table-row')
      .filter({ has: admin.locator('td:nth-child(2)', { hasText: /^氯$/ }) });
    await chlorine.getByRole('button').click();
    // A bad Q is refused by the server, next to the field, in Chinese.
    await admin.getByTestId('mh-standard-field-criticalQuantity').fill('abc');
    await admin.getByLabel('修改原因').fill('e2e 勘误');
    await admin.getByTestId('mh-standard-submit').click();
    await expect
      .poll(() => admin.locator('.ant-form-item-explain-error').allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('十进制'));
    await admin.getByTestId('mh-standard-field-criticalQuantity').fill('10');
    await admin.getByTestId('mh-standard-submit').click();
    await expect.poll(() => admin.getByTestId('mh-standard-revision').textContent()).toBe('1');
    expect(await chlorine.textContent()).toContain('第 1 次修订');
    await shot(admin, 'major-hazard-standard-admin');

    // The public calculator now takes Q = 10 t for 氯: 5 t is S = 0.5.
    const calc = await admin.request.post('/api/calc/major-hazard', {
      data: { exposedPeople: 0, chemicals: [{ name: '氯', q: 5 }] },
    });
    expect(await calc.json()).toMatchObject({ S: 0.5, tablesRevision: 1 });

    // 包保履职周期: the administrator edits the 技术负责人's cycle.
    await admin.goto('/system/major-hazard-duty-cycles');
    await admin.getByTestId('mh-cycle-edit-technical').click();
    await admin.getByTestId('mh-cycle-num').fill('1');
    await admin.getByTestId('mh-cycle-submit').click();
    await expect
      .poll(() => admin.getByTestId('mh-cycles-table').textContent(), { timeout: 10_000 })
      .toContain('每月');
    await shot(admin, 'major-hazard-duty-cycles-admin');
    await admin.context().close();

    const city = await signedIn(e(), 'city_admin');
    await city.goto('/major-hazard/standard');
    const read = city.getByTestId('mh-standard-table');
    await read.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await city.getByTestId('mh-standard-revision').textContent()).toBe('1');
    expect(await read.getByRole('button').count()).toBe(0);
    await shot(city, 'major-hazard-standard-readonly');
    await city.context().close();
  });
});
