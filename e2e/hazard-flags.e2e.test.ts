import { expect, it } from 'vitest';
import { describeE2E, shot } from './support.ts';

describeE2E('self-reporting integrity flags in the browser', (e) => {
  it('a regulator sees the flags with their explanations and filters them by kind', async () => {
    const page = await e().newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').fill('city_admin');
    await page.getByTestId('login-password').fill('Anjian@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('header-user').waitFor();
    await page.getByRole('menuitem', { name: '自查可信度' }).click();
    const table = page.getByTestId('flags-table');
    await table.getByText('隐患过少').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'hazard-flags');
    // The demo data has no duplicate photos: that filter leaves the table empty.
    await page
      .getByTestId('flag-kinds')
      .getByText(/重复照片/)
      .click();
    await table.locator('.ant-empty').waitFor();
    await page
      .getByTestId('flag-kinds')
      .getByText(/隐患过少/)
      .click();
    await table.getByText('隐患过少').first().waitFor();
    const first = table.locator('tbody tr').first();
    expect(await first.innerText()).toMatch(/隐患/);
  });
});
