import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, shot } from './support.ts';

const PASSWORD = 'Anjian@2026';

async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function signedIn(page: Page, username: string) {
  await signIn(page, username);
  await page.getByTestId('header-user').waitFor();
}

const menuLinks = async (page: Page) =>
  (
    await page
      .locator('[data-testid^="menu-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  ).filter(Boolean) as string[];

describeE2E('foundation in the browser', (e) => {
  it('serves the login page in Chinese', async () => {
    const page = await e().newPage();
    await page.goto('/');
    await page.getByTestId('login-submit').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toMatch(/zh/);
    expect(await page.textContent('body')).toContain('用户登录');
    await shot(page, 'login');
  });

  it('each admin sees only its own menu and every page it opens renders', async () => {
    const expected: Record<string, string[]> = {
      // The 工作台 is every account's home (issue 11); for the 三员 it lists no business to-dos.
      sys_admin: [
        'menu-workbench',
        'menu-org-divisions',
        'menu-org-departments',
        'menu-users',
        'menu-roles',
        'menu-notification-channel',
        // GB 18218 tables and 包保 cycles are reference data the system administrator corrects (issue 12).
        'menu-system-major-hazard-standard',
        'menu-system-major-hazard-duty-cycles',
        'menu-account',
      ],
      sec_admin: [
        'menu-workbench',
        'menu-org-divisions',
        'menu-org-departments',
        'menu-users',
        'menu-roles',
        'menu-security',
        'menu-security-alerts',
        'menu-account',
      ],
      audit_admin: ['menu-workbench', 'menu-audit', 'menu-account'],
    };
    for (const [username, links] of Object.entries(expected)) {
      const page = await e().newPage();
      await signedIn(page, username);
      const visible = await menuLinks(page);
      expect(visible.sort(), username).toEqual([...links].sort());
      for (const link of links) {
        await page.getByTestId(link).click();
        await page.waitForLoadState('networkidle');
        const body = (await page.textContent('body')) ?? '';
        expect(body, `${username} ${link}`).not.toMatch(/页面出错|Something went wrong|无权|请求参数有误/);
        await shot(page, `${username}-${link}`);
      }
      await page.context().close();
    }
  });

  it('a county supervisor sees only its county in the users list and the division tree', async () => {
    const page = await e().newPage();
    await signedIn(page, 'spt_admin');
    await page.getByTestId('menu-users').click();
    // The table mounts before its rows arrive: wait for a row, not for the network to go quiet.
    await page.getByTestId('users-table').getByText('spt_grid').first().waitFor();
    const table = (await page.getByTestId('users-table').textContent()) ?? '';
    expect(table).not.toContain('zn_admin');
    expect(table).not.toContain('city_admin');
    await page.getByTestId('menu-org-divisions').click();
    await page.getByTestId('division-node-640502').waitFor();
    expect(await page.getByTestId('division-node-640521').count()).toBe(0);
    await shot(page, 'spt_admin-scope');
  });

  it('creates a user in the UI and the audit admin finds that action in the audit log', async () => {
    const page = await e().newPage();
    await signedIn(page, 'sys_admin');
    await page.getByTestId('menu-users').click();
    await page.getByTestId('user-create').click();
    const form = page.getByTestId('user-form');
    await form.getByLabel('用户名').fill('zhang.wei');
    await form.getByLabel('姓名').fill('张伟');
    await page.getByTestId('user-password').fill('Zw#2026safe');
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('user-status-zhang.wei').waitFor();
    await shot(page, 'user-created');

    const auditor = await e().newPage();
    await signedIn(auditor, 'audit_admin');
    await auditor.getByTestId('menu-audit').click();
    await auditor.getByTestId('audit-table').waitFor();
    await auditor.waitForLoadState('networkidle');
    const rows = auditor.getByTestId('audit-table').locator('tr', { hasText: 'user.create' });
    await rows.first().waitFor();
    expect(await rows.first().textContent()).toContain('sys_admin');
    await auditor.getByTestId('audit-verify').click();
    await auditor.getByTestId('audit-verify-result').waitFor();
    expect(await auditor.getByTestId('audit-verify-result').textContent()).toMatch(/完整/);
    await shot(auditor, 'audit-user-create');
  });

  it('locks an account after 5 wrong passwords: even the right one is then refused', async () => {
    const page = await e().newPage();
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'hy_admin', `Wrong#${i}pass`);
      await page.getByTestId('login-error').waitFor();
    }
    await signIn(page, 'hy_admin', PASSWORD);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="login-error"]')?.textContent?.includes('锁定'),
    );
    expect(await page.getByTestId('login-error').textContent()).toMatch(/账号已锁定/);
    expect(page.url()).toContain('/login');
    await shot(page, 'locked');
  });

  it('logging out ends the session and leaves no token in browser storage (RI-01)', async () => {
    const page = await e().newPage();
    await signedIn(page, 'city_admin');
    await page.getByTestId('logout').click();
    await page.getByTestId('login-submit').waitFor();
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toMatch(/csrf|token|sid/i);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });
});
