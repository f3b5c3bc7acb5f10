import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

const UNIT = 'e2e 液氯液氨储罐区';

describeE2E('major hazard sources in the browser', (e) => {
  it('an enterprise enters a storage unit with 氯 and 液氨 (live S and level); the regulator sees it in the list, on the map and in the export', async () => {
    // The enterprise, at phone width: the form with its live preview.
    const phone = await signedIn(e(), 'ent_user', true);
    await phone.goto('/major-hazard/units/new');
    await phone.getByTestId('mh-unit-form').waitFor();
    await phone.getByTestId('mh-unit-name').fill(UNIT);
    await phone.getByTestId('mh-unit-people').fill('120');
    await phone.getByTestId('mh-chem-key-0').fill('氯');
    await phone.getByTestId('mh-chem-q-0').fill('25');
    const s = phone.getByTestId('mh-preview-s');
    // 氯 25 t of Q 5 t: S = 5 (not yet 10), already major.
    await expect.poll(() => s.textContent(), { timeout: 10_000 }).toBe('5');
    await phone.getByTestId('mh-chemical-add').click();
    await phone.getByTestId('mh-chem-key-1').fill('液氨');
    await phone.getByTestId('mh-chem-q-1').fill('50');
    // S = 25/5 + 50/10 = 10; R = α 2 × (β 4 × 5 + β 2 × 5) = 60 → 二级.
    await expect.poll(() => s.textContent(), { timeout: 10_000 }).toBe('10');
    expect(await phone.getByTestId('mh-preview-r').textContent()).toBe('60');
    expect(await phone.getByTestId('mh-preview-level').textContent()).toContain('二级');
    // A name the tables do not know is named in the preview, and the row it is in.
    await phone.getByTestId('mh-chem-key-1').fill('液氨X');
    await expect
      .poll(() => phone.getByTestId('mh-preview').textContent(), { timeout: 10_000 })
      .toContain('第 2 行');
    await phone.getByTestId('mh-chem-key-1').fill('液氨');
    await expect.poll(() => s.textContent(), { timeout: 10_000 }).toBe('10');
    await phone.waitForLoadState('networkidle');
    await shot(phone, 'major-hazard-form-phone');
    // What the phone shows while typing the second chemical, and at the end of the form (no stitching).
    await phone.getByTestId('mh-chem-q-1').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: 'test-results/major-hazard-form-phone-typing.png' });
    await phone.getByTestId('mh-unit-submit').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: 'test-results/major-hazard-form-phone-end.png' });
    expect(await phone.getByTestId('mh-preview-compact').textContent()).toContain('S = 10');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.getByTestId('mh-unit-submit').click();
    await phone.waitForURL(/\/major-hazard\/units\/[0-9a-f-]{36}$/);
    await expect.poll(() => phone.getByTestId('mh-detail-level').textContent()).toContain('二级');
    // A new source lacks its 包保责任人: the card says so.
    expect(await phone.getByTestId('mh-registration').textContent()).toContain('未明确包保责任人');
    await shot(phone, 'major-hazard-detail-phone');
    // 包保: the three persons in the dialog; the gap is gone and the duties are counted per role.
    await phone.getByTestId('mh-registration-edit').click();
    await phone.getByTestId('mh-guarantor-principal').fill('e2e 张总');
    await phone.getByTestId('mh-guarantor-technical').fill('e2e 李工');
    await phone.getByTestId('mh-guarantor-operational').fill('e2e 王班长');
    await phone.getByTestId('mh-registration-submit').click();
    const card = phone.getByTestId('mh-registration');
    await expect.poll(() => card.textContent()).toContain('e2e 王班长');
    expect(await card.textContent()).not.toContain('未明确包保责任人');
    await expect.poll(() => phone.getByTestId('mh-duties').locator('tbody tr.ant-table-row').count()).toBe(3);
    await phone.context().close();

    // The county regulator: the list filtered by level, the map, the export.
    const page = await signedIn(e(), 'spt_admin');
    await page.goto('/major-hazard/units?level=二级');
    const table = page.getByTestId('mh-units-table');
    await table.getByText(UNIT).waitFor();
    await shot(page, 'major-hazard-list');

    const download = page.waitForEvent('download');
    await page.getByTestId('mh-export').click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe('危险化学品重大危险源备案登记表');
    const header = rows.find((r) => r[0] === '序号')!;
    expect(header).toEqual(expect.arrayContaining(['备案编号', '主要负责人', '技术负责人', '操作负责人']));
    const row = rows.find((r) => r.includes(UNIT))!;
    expect(row[header.indexOf('级别')]).toBe('二级');
    expect(row[header.indexOf('S（Σq/Q）')]).toBe(10);
    expect(String(row[header.indexOf('危险化学品名称及设计最大量（t）')])).toContain('液氨 50');
    expect(String(row[header.indexOf('操作负责人')])).toContain('e2e 王班长');
    expect(row[header.indexOf('评估状态')]).toBe('未录入安全评估');

    await page.goto('/major-hazard/map');
    await page.getByTestId('mh-map').waitFor();
    await page.waitForLoadState('networkidle');
    const names = await page.evaluate(() => {
      const option = window.__anjianMajorHazardMap?.getOption() as
        { series: { name: string; data: { name: string }[] }[] } | undefined;
      return (option?.series ?? []).flatMap((s) => s.data.map((d) => `${s.name}:${d.name}`));
    });
    expect(names.some((n) => n.startsWith('二级重大危险源:'))).toBe(true);
    const list = page.getByTestId('mh-map-list');
    const ent = list.getByTestId('mh-map-enterprise').first();
    await ent.waitFor();
    await shot(page, 'major-hazard-map');
    // Drill down: the enterprise whose unit we entered lists it; the unit page shows its chemicals.
    const count = await list.getByTestId('mh-map-enterprise').count();
    let found = false;
    for (let i = 0; i < count && !found; i++) {
      await list.getByTestId('mh-map-enterprise').nth(i).click();
      found = (await list.getByText(UNIT).count()) > 0;
      if (!found) await list.getByText('返回列表').click();
    }
    expect(found).toBe(true);
    await list.getByText(UNIT).click();
    await page.waitForURL(/\/major-hazard\/units\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('mh-terms').textContent()).toContain('氨');
    await page.context().close();
  });

  it('the public calculator works without a session', async () => {
    const page = await e().newPage();
    await page.goto('/public/major-hazard-calculator');
    await page.getByTestId('mh-public-calculator').waitFor();
    await page.getByTestId('mh-chem-key-0').fill('氯');
    await page.getByTestId('mh-chem-q-0').fill('100');
    await page.getByTestId('mh-unit-people').fill('120');
    // S = 20, R = 2 × 4 × 20 = 160 → 一级.
    await expect.poll(() => page.getByTestId('mh-preview-s').textContent(), { timeout: 10_000 }).toBe('20');
    // The people typed last: the preview follows them (α 0.5 → 2), 三级 → 一级.
    await expect
      .poll(() => page.getByTestId('mh-preview-level').textContent(), { timeout: 10_000 })
      .toContain('一级');
    expect(await page.getByTestId('mh-preview-r').textContent()).toBe('160');
    expect(new URL(page.url()).pathname).toBe('/public/major-hazard-calculator');
    await page.context().close();
  });
});
