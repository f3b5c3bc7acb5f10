import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

/** The total a list page shows under its table (ProTable's "总共 N 条"), or 0 once it shows its empty state. */
async function listTotal(page: Page, table: string): Promise<number> {
  await page.getByTestId(table).waitFor();
  const t = page.locator('.ant-pro-table');
  await t.locator('.ant-pagination-total-text, .ant-empty').first().waitFor();
  if (await t.locator('.ant-empty').count()) return 0;
  const text = (await t.locator('.ant-pagination-total-text').first().textContent()) ?? '';
  return Number(/(\d+)\s*条\s*$/.exec(text)?.[1] ?? NaN);
}

describeE2E(
  '工作台 and the dashboard drill-down in the browser',
  (e) => {
    it('an enterprise on a phone lands on its workbench; each count opens a list of that many', async () => {
      const page = await signedIn(e(), 'ent_user', true);
      await page.waitForURL('**/workbench');
      await page.getByTestId('workbench').waitFor();
      await page.getByTestId('todo-hazard.report').waitFor();
      await expect.poll(() => page.getByTestId('todo-hazard.to-assess').count()).toBe(0);
      await shot(page, 'workbench-enterprise-phone');
      // No horizontal scrolling on a 390 px phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const count = Number(await page.getByTestId('todo-count-hazard.to-rectify').textContent());
      await page.getByTestId('todo-hazard.to-rectify').click();
      await page.waitForURL('**/hazards?status=assessed');
      expect(await listTotal(page, 'hazards-table')).toBe(count);
    });

    it('an enterprise account opening its pages makes no request it is refused (no access.denied)', async () => {
      const page = await signedIn(e(), 'ent_user', true);
      const db = e().app.ctx.db;
      const denied = async () =>
        (
          await db
            .selectFrom('audit_log')
            .select('object_id')
            .where('username', '=', 'ent_user')
            .where('action', '=', 'access.denied')
            .execute()
        ).map((r) => r.object_id);
      const before = await denied();
      for (const path of [
        '/workbench',
        '/hazards',
        '/hazards/report',
        '/accidents',
        '/my-enterprise',
        '/self-inspection',
      ]) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
      }
      await shot(page, 'enterprise-hazards-phone');
      expect(await denied()).toEqual(before);
    });

    it('a county supervisor sees hazards to assess and to accept, and the 驾驶舱', async () => {
      const page = await signedIn(e(), 'spt_admin');
      await page.waitForURL('**/workbench');
      for (const key of ['hazard.to-assess', 'hazard.to-accept', 'hazard.overdue', 'indicator.dashboard'])
        await page.getByTestId(`todo-${key}`).waitFor();
      await shot(page, 'workbench-county');
      const count = Number(await page.getByTestId('todo-count-hazard.to-assess').textContent());
      await page.getByTestId('todo-hazard.to-assess').click();
      await page.waitForURL('**/hazards?status=reported');
      expect(await listTotal(page, 'hazards-table')).toBe(count);
    });

    it('every KPI tile of the 驾驶舱 opens exactly the accidents it counts', async () => {
      const page = await signedIn(e(), 'city_admin');
      await page.goto('/dashboard');
      await page.getByTestId('kpi-accidents').waitFor();
      await shot(page, 'dashboard-latest-complete-year');
      const year = new URL(page.url()).searchParams.get('year');
      const kpi = async (k: string) =>
        Number((await page.getByTestId(`kpi-${k}`).textContent())?.match(/年[^\d]*?(\d+)/)?.[1] ?? NaN);
      for (const [k, param] of [
        ['accidents', null],
        ['larger_accidents', 'largerOnly=true'],
      ] as const) {
        await page.goto(`/dashboard${year ? `?year=${year}` : ''}`);
        await page.getByTestId(`kpi-${k}`).waitFor();
        const figure = await kpi(k);
        expect(figure, k).toBeGreaterThan(0);
        await page.getByTestId(`kpi-${k}`).click();
        await page.waitForURL('**/accidents?**');
        if (param) expect(page.url()).toContain(param);
        expect(await listTotal(page, 'accidents-table'), k).toBe(figure);
      }
      // 死亡人数 opens the accidents with deaths.
      await page.goto(`/dashboard${year ? `?year=${year}` : ''}`);
      await page.getByTestId('kpi-deaths').click();
      await page.waitForURL('**/accidents?**');
      expect(page.url()).toContain('withDeaths=true');
      await shot(page, 'drill-down-deaths');
    });

    it('a list keeps its filters and page in the URL: back from a detail restores them', async () => {
      const page = await signedIn(e(), 'city_admin');
      await page.goto('/accidents?withDeaths=true');
      const total = await listTotal(page, 'accidents-table');
      await page.goto('/accidents');
      const all = await listTotal(page, 'accidents-table');
      expect(total).toBeLessThan(all);
      await page.goto('/accidents?withDeaths=true');
      await listTotal(page, 'accidents-table');
      await page.locator('.ant-pagination-item-2').click();
      await page.waitForURL('**/accidents?**page=2**');
      await page.locator('[data-testid^="accident-link-"]').first().click();
      await page.waitForURL(/\/accidents\/[0-9a-f-]{36}/);
      await page.goBack();
      await page.waitForURL('**/accidents?**page=2**');
      expect(page.url()).toContain('withDeaths=true');
      expect(await listTotal(page, 'accidents-table')).toBe(total);
      await page.locator('.ant-pagination-item-active.ant-pagination-item-2').waitFor();
      await page.reload();
      expect(await listTotal(page, 'accidents-table')).toBe(total);
      await page.locator('.ant-pagination-item-active.ant-pagination-item-2').waitFor();
      await shot(page, 'accidents-url-state');
    });

    it('a year without denominators says so, with a link to enter them, instead of a blank map', async () => {
      const page = await signedIn(e(), 'city_admin');
      await page.goto('/dashboard?year=2099');
      await page.getByTestId('missing-base').waitFor();
      expect(await page.getByTestId('missing-base').textContent()).toContain('2099 年统计基数未录入');
      await page.getByTestId('map-missing-base').waitFor();
      await shot(page, 'dashboard-missing-base');
      await page.getByTestId('missing-base-link').click();
      await page.waitForURL('**/denominators?**');
    });
  },
  { demoAccidents: true },
);
