import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

describeE2E('self-inspection (企业自查) in the browser', (e) => {
  it('an enterprise sets up a plan and records a task on a phone, with a hazard found; the city sees the rate', async () => {
    const ent = await signedIn(e(), 'ent_user', true);
    await ent.goto('/self-inspection');
    await ent.getByTestId('self-stats').waitFor();

    // A new weekly plan with one own item: its current task exists at once.
    await ent.getByRole('tab', { name: '自查计划' }).click();
    await ent.getByTestId('plan-new').click();
    await ent.getByTestId('plan-name').fill('每周仓库检查');
    await ent.getByTestId('plan-frequency').click();
    await ent.getByTitle('每周').click();
    await ent.getByTestId('plan-add-item').click();
    await ent.getByTestId('plan-own-item').fill('仓库货物堆放稳固，与灯具保持安全距离');
    await ent.getByRole('button', { name: '保存' }).click();
    await ent.getByText('自查计划已建立，本期任务已生成').waitFor();
    await ent.getByTestId('plan-table').getByText('每周仓库检查').waitFor();
    await shot(ent, 'self-inspection-plans-phone');

    // Its task: one item, found a hazard.
    await ent.getByRole('tab', { name: '自查任务' }).click();
    const row = ent.getByTestId('self-task-table').locator('tr', { hasText: '每周仓库检查' });
    await row.getByTestId('self-task-open').click();
    await ent.getByTestId('self-task-page').waitFor();
    await ent.getByTestId('self-item').first().getByText('发现隐患').click();
    await ent.getByTestId('self-item-location').fill('成品仓库二区');
    await ent.getByTestId('self-item-description').fill('货物堆放过高，距灯具不足 0.5 米');
    await shot(ent, 'self-inspection-form-phone');
    await ent.getByTestId('self-submit').click();
    await ent.getByText('自查结果已保存').waitFor();
    await ent.getByText('按期完成').first().waitFor();
    await ent.getByRole('link', { name: '查看隐患' }).waitFor();
    const width = await ent.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(ent, 'self-inspection-task-phone');
    await ent.getByRole('link', { name: '查看隐患' }).click();
    await ent.getByText('货物堆放过高，距灯具不足 0.5 米').first().waitFor();
    await ent.getByText('企业自查').first().waitFor();
    // Traced back to the plan and the item that found it.
    await ent
      .getByTestId('hazard-origin')
      .getByText(/每周仓库检查/)
      .waitFor();

    const city = await signedIn(e(), 'city_admin');
    await city.goto('/self-inspection');
    const rate = city.getByTestId('self-rate');
    await rate.waitFor();
    expect(await rate.innerText()).toMatch(/\d+\.\d %/);
    await city.getByRole('tab', { name: '按区县' }).click();
    await city.getByText('沙坡头区').first().waitFor();
    await shot(city, 'self-inspection-city');
  });
});
