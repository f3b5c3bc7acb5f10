import { expect, it } from 'vitest';
import { describeE2E } from './support.ts';

/** Issue 15 item 7h: no CSP violation (zod's `new Function` probe was one) when pages load and forms validate. */
describeE2E('Content-Security-Policy in the browser', (e) => {
  it('signing in and opening a list reports no CSP violation', async () => {
    const page = await e().newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (ev) =>
        w.__csp.push(`${ev.violatedDirective} ${ev.blockedURI} ${ev.sourceFile}:${ev.lineNumber}`),
      );
    });
    await page.goto('/login');
    await page.getByTestId('login-username').fill('city_admin');
    await page.getByTestId('login-password').fill('Anjian@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('header-user').waitFor();
    await page.goto('/enterprises');
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
  });
});
