import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { composeCreditCode, importColumns } from '../packages/domain/src/index.ts';
import { describeE2E, shot } from './support.ts';

const PASSWORD = 'Anjian@2026';
const CODE = composeCreditCode('91', '640502', 'E2E00001');
const NAME = '中卫市端到端测试化工有限公司';
const LON = 105.33;
const LAT = 37.62;
const IMPORTED = '中宁县端到端导入建材有限公司';

async function signedIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
}

/** The template's sheet with one good row (row 2) and one with an unknown sector (row 3). */
async function importFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业信息');
  ws.addRow(importColumns.map((c) => (c.required ? `${c.header}*` : c.header)));
  const row = (r: Record<string, string | number>) => ws.addRow(importColumns.map((c) => r[c.key] ?? null));
  row({
    creditCode: composeCreditCode('91', '640521', 'E2E00002'),
    name: IMPORTED,
    divisionCode: '640521100',
    sector: '建材',
    sizeClass: '小型',
    employees: 40,
  });
  row({
    creditCode: composeCreditCode('91', '640521', 'E2E00003'),
    name: '中宁县错误行有限公司',
    divisionCode: '640521100',
    sector: '赌场',
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeE2E('enterprise registry in the browser', (e) => {
  it('registers an enterprise through the form with a live credit-code check', async () => {
    const page = await e().newPage();
    await signedIn(page, 'city_admin');
    await page.getByTestId('menu-enterprises').click();
    await page.getByTestId('enterprises-table').waitFor();
    await page.getByTestId('enterprise-create').click();
    const form = page.getByTestId('enterprise-form');
    await form.waitFor();

    const code = page.getByTestId('enterprise-credit-code');
    await code.fill(CODE.slice(0, 17) + (CODE.endsWith('0') ? '1' : '0'));
    await form.getByText('第 18 位校验码错误').waitFor();
    await code.fill(CODE.toLowerCase());
    await expect.poll(() => page.getByTestId('credit-code-check').textContent()).toContain('服务端校验通过');

    await form.getByLabel('企业名称').fill(NAME);
    await page.getByTestId('enterprise-division').click();
    await page
      .locator('.ant-select-tree-treenode', { hasText: '中卫市' })
      .first()
      .locator('.ant-select-tree-switcher')
      .click();
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '沙坡头区' }).first().click();
    await form.getByLabel('经度').fill(String(LON));
    await form.getByLabel('纬度').fill(String(LAT));
    await page.getByTestId('enterprise-sector').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '危险化学品' })
      .first()
      .click();
    await form.getByLabel('从业人数').fill('88');
    await shot(page, 'enterprise-form');
    await page.getByTestId('enterprise-form-submit').click();

    await expect
      .poll(() => page.getByTestId('enterprise-title').textContent(), { timeout: 15_000 })
      .toBe(NAME);
    expect(await page.getByTestId('enterprise-credit').textContent()).toBe(CODE);
    await page.getByTestId('change-log').getByText('登记').waitFor();
    await shot(page, 'enterprise-detail');
    await page.context().close();
  });

  it('imports an .xlsx: one bad row → error table and nothing written, then "只导入有效行"', async () => {
    const page = await e().newPage();
    await signedIn(page, 'city_admin');
    await page.goto('/enterprises');
    await page.getByTestId('enterprise-import').click();
    const modal = page.getByTestId('import-modal');
    await modal.locator('input[type=file]').setInputFiles({
      name: 'enterprises.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await importFile(),
    });
    await page.getByTestId('import-submit').click();
    const issues = page.getByTestId('import-issues');
    await issues.waitFor();
    const text = (await issues.textContent()) ?? '';
    expect(text).toContain('监管行业');
    expect(text).toContain('未知的监管行业“赌场”');
    expect(await issues.locator('tbody tr.ant-table-row').first().locator('td').first().textContent()).toBe(
      '3',
    );
    expect(await page.getByTestId('import-rejected').textContent()).toContain('未写入任何数据');
    await shot(page, 'enterprise-import-rejected');

    await page.getByTestId('import-valid-only').click();
    await expect
      .poll(() => page.getByTestId('import-result').textContent())
      .toMatch(/已导入 1 行，跳过 1 行/);
    await shot(page, 'enterprise-import-valid-only');
    await page.context().close();
  });

  it('filters the list by keyword and sector', async () => {
    const page = await e().newPage();
    await signedIn(page, 'city_admin');
    await page.goto('/enterprises');
    const table = page.getByTestId('enterprises-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByLabel('关键字').fill('端到端');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    // A full page load (lazy chunks, session, list) can take more than poll's default second in CI.
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 15_000 }).toBe(2);
    expect(await table.textContent()).toContain(IMPORTED);
    expect(await table.textContent()).toContain(NAME);
    await page.goto('/enterprises?q=端到端&sector=building_materials');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 15_000 }).toBe(1);
    expect(await table.locator('tbody').textContent()).toContain(IMPORTED);
    await shot(page, 'enterprise-filtered');
    await page.context().close();
  });

  it('opens the enterprise from its point on the map', async () => {
    const page = await e().newPage();
    await signedIn(page, 'city_admin');
    await page.getByTestId('menu-enterprise-map').click();
    const map = page.getByTestId('enterprise-map');
    await map.waitFor();
    await page.getByTestId('map-search').fill(NAME);
    await page.getByTestId('map-search').press('Enter');
    await expect.poll(() => page.getByTestId('map-count').textContent()).toContain('地图上 1 家');
    await page.waitForLoadState('networkidle');
    await shot(page, 'enterprise-map');
    // The point's pixel from the chart itself (exposed under automation), then a real click on the canvas.
    const [x, y] = await page.evaluate(
      ([lon, lat]) =>
        window.__anjianEnterpriseMap?.convertToPixel({ seriesIndex: 0 }, [lon, lat]) as number[],
      [LON, LAT],
    );
    const box = await map.boundingBox();
    if (!box || x === undefined || y === undefined) throw new Error('map not drawn');
    await page.mouse.click(box.x + x, box.y + y);
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('enterprise-title').textContent()).toBe(NAME);
    await page.context().close();
  });

  it('an enterprise account edits only its own fields and the regulator sees the edit in the change log', async () => {
    const page = await e().newPage();
    await signedIn(page, 'ent_user');
    // An enterprise lands on its 工作台 (issue 11); its own record is one menu entry away.
    await page.goto('/my-enterprise');
    await page.waitForURL(/\/my-enterprise$/);
    const name = (await page.getByTestId('enterprise-title').textContent()) ?? '';
    await page.getByTestId('enterprise-edit').click();
    const form = page.getByTestId('enterprise-form');
    await form.waitFor();
    expect(await form.getByLabel('企业名称').isDisabled()).toBe(true);
    await form.getByLabel('从业人数').fill('321');
    await page.getByTestId('enterprise-form-submit').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('change-log').getByText('企业填报').first().waitFor();
    await page.context().close();

    const regulator = await e().newPage();
    await signedIn(regulator, 'city_admin');
    await regulator.goto(`/enterprises?q=${encodeURIComponent(name)}`);
    await regulator.getByTestId('enterprises-table').getByText(name).first().click();
    const log = regulator.getByTestId('change-log');
    await log.locator('.ant-segmented-item', { hasText: '企业填报' }).click();
    await expect.poll(() => log.textContent()).toMatch(/从业人数：.*→ 321/);
    // Only the field the user changed is sent, so nothing else shows up as changed.
    expect(await log.locator('tbody tr.ant-table-row').first().textContent()).not.toContain('许可证：');
    await shot(regulator, 'enterprise-change-log');
    await regulator.context().close();
  });
});
