import { expect, it } from 'vitest';
import { detectBursts } from '../apps/server/src/modules/security/security.jobs.ts';
import { describeE2E, shot } from './support.ts';

describeE2E('security alerts (IP-03) in the browser', (e) => {
  it('a brute-force burst shows up for the security admin, who marks it handled', async () => {
    const { app } = e();
    for (let i = 0; i < 20; i += 1)
      await app.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.50',
        payload: { username: 'city_admin', password: `Wrong-${i}` },
      });
    expect(await detectBursts(app.ctx, new Date())).toHaveLength(1);

    const page = await e().newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').fill('sec_admin');
    await page.getByTestId('login-password').fill('Anjian@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('header-user').waitFor();
    await page.goto('/security-alerts');
    await page.getByText('1 条安全告警待处理').waitFor();
    await page.getByTestId('alerts-table').getByText('203.0.113.50', { exact: true }).waitFor();
    await page.getByTestId('alerts-table').getByText('暴力破解').waitFor();
    await shot(page, 'security-alerts');
    await page.getByTestId('alert-ack').click();
    await page.getByPlaceholder('处理说明（可选）').fill('已封禁该 IP');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('没有待处理的安全告警').waitFor();
  });
});
