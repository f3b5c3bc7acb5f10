import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

describeE2E('work is never lost (issue 11 item 3)', (e) => {
  it('a hazard report draft survives a forced re-login', async () => {
    const page = await signedIn(e(), 'ent_user', true);
    await page.goto('/hazards/report');
    await page.locator('input#location').fill('二号车间配电柜');
    await page.locator('textarea#description').fill('配电柜门未关闭，柜前堆放杂物');
    // The session ends on the server (idle limit, another login): the next request is a 401.
    await e().app.ctx.db.deleteFrom('user_session').execute();
    await page.reload();
    await page.getByTestId('login-username').waitFor();
    await page.getByTestId('login-username').fill('ent_user');
    await page.getByTestId('login-password').fill('Anjian@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('header-user').waitFor();
    await page.goto('/hazards/report');
    await page.getByTestId('hazard-draft-restored').waitFor();
    expect(await page.locator('input#location').inputValue()).toBe('二号车间配电柜');
    expect(await page.locator('textarea#description').inputValue()).toBe('配电柜门未关闭，柜前堆放杂物');
    await shot(page, 'draft-restored');
  });
});
