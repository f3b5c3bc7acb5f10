import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type E2E, describeE2E, shot } from './support.ts';

const PASSWORD = 'Anjian@2026';

async function signedIn(e: E2E, username: string): Promise<Page> {
  const page = await e.newPage();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('header-user').waitFor();
  return page;
}

/** Picks an option of an antd Select (the newest dropdown: an older one may still be closing). */
async function pick(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).click();
  await page
    .locator(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${value}"]`,
    )
    .last()
    .click();
}

describeE2E('the risk model in the browser', (e) => {
  it('ent_user: object → unit → LEC event 6×6×15 = 540 红; the public page of the unit opens without a session', async () => {
    const page = await signedIn(e(), 'ent_user');
    await page.goto('/risk/model');
    await page.getByTestId('object-new').click();
    await page.getByTestId('object-name').fill('e2e 液氯储罐区');
    await page.getByTestId('object-submit').click();
    const object = page.getByTestId('risk-object').filter({ hasText: 'e2e 液氯储罐区' });
    await object.waitFor();

    await object.getByTestId('unit-new').click();
    await page.getByTestId('unit-name').fill('e2e 1号液氯储罐');
    await page.getByTestId('unit-department').fill('生产部');
    await page.getByTestId('unit-person').fill('张三');
    await page.getByTestId('unit-submit').click();
    // The new unit is selected: its panel opens, not yet assessed.
    const panel = page.getByTestId('unit-panel');
    await panel.filter({ hasText: 'e2e 1号液氯储罐' }).waitFor();
    expect(await panel.textContent()).toContain('未评估');

    await page.getByTestId('event-new').click();
    await page.getByTestId('event-name').fill('e2e 液氯泄漏中毒');
    await pick(page, 'event-L', '6');
    await pick(page, 'event-E', '6');
    await pick(page, 'event-C', '15');
    const preview = page.getByTestId('event-preview');
    await expect.poll(() => preview.textContent()).toContain('540');
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('极其危险');
    expect(text).toContain('红 · 重大风险');
    await shot(page, 'risk-event-preview');
    await page.getByTestId('event-submit').click();

    const event = page.getByTestId('event-card').filter({ hasText: 'e2e 液氯泄漏中毒' });
    await event.waitFor();
    expect(await event.textContent()).toContain('D=540');
    await expect.poll(() => panel.textContent()).toContain('红 · 重大风险');
    const unitId = new URL(page.url()).searchParams.get('unitId') ?? '';
    expect(unitId).toMatch(/^[0-9a-f-]{36}$/);
    await shot(page, 'risk-unit-panel');

    // The QR code of the card: no login, phone width.
    const context = await e().browser.newContext({
      baseURL: e().baseUrl,
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    const phone = await context.newPage();
    await phone.goto(`/public/risk-units/${unitId}`);
    await phone.getByTestId('public-risk-unit').waitFor();
    expect(await phone.getByTestId('public-grade').textContent()).toContain('红色 · 重大风险');
    expect(await phone.getByTestId('public-event').first().textContent()).toContain('e2e 液氯泄漏中毒');
    expect(new URL(phone.url()).pathname).toBe(`/public/risk-units/${unitId}`);
    await shot(phone, 'risk-public-unit-phone');
    await context.close();

    // Re-assess the event: C 15 → 3 gives D = 6 × 6 × 3 = 108, 一般风险 (黄); the unit follows.
    await event.getByTestId('event-edit').click();
    const gradeTag = event.locator('.ant-tag').first();
    const background = () => gradeTag.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(207, 19, 34)'); // 红 #cf1322
    await pick(page, 'event-C', '3');
    await expect.poll(() => page.getByTestId('event-preview').textContent()).toContain('108');
    await page.getByTestId('event-submit').click();
    await expect.poll(() => event.textContent()).toContain('D=108');
    await expect.poll(() => panel.textContent()).toContain('黄 · 一般风险');
    await expect.poll(background).toBe('rgb(250, 219, 20)'); // 黄 #fadb14
    await shot(page, 'risk-event-edited');

    // Edit the unit in place: the panel shows the new 责任人.
    await panel.getByTestId('unit-edit').click();
    await page.getByTestId('unit-person').fill('李四');
    await page.getByTestId('unit-submit').click();
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain('李四'); // save + refetch under CI load

    // A measure with its check task, one 排查记录: the unit can no longer be deleted (409, message shown).
    await event.getByTestId('measure-new').click();
    await page.getByTestId('measure-content').fill('e2e 设置氯气泄漏报警');
    await page.locator('.ant-modal:visible').getByRole('switch').click();
    await page.getByTestId('measure-submit').click();
    await page.getByTestId('task-record').first().click();
    await page.getByTestId('record-submit').click();
    // Recorded: the row shows 上次排查 beside 下次到期 (two times instead of one).
    const row = page.getByTestId('task-table').locator('tbody tr.ant-table-row').first();
    await expect
      .poll(async () => ((await row.textContent()) ?? '').match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g)?.length, {
        timeout: 20_000, // the record's save and the table's refetch, on a loaded CI machine
      })
      .toBe(2);
    await panel.getByTestId('risk-delete').first().click();
    await page.getByTestId('risk-delete-ok').click();
    const toast = page.locator('.ant-message-notice').filter({ hasText: '排查记录' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('该风险分析单元下已有 1 条排查记录，作为管控证据不能删除');
    // Let the toast and the closing confirmation finish their animations before the screenshot.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await shot(page, 'risk-delete-409');
    // Nothing was deleted: the unit is still selected and shown.
    expect(await panel.textContent()).toContain('e2e 1号液氯储罐');
    expect(await page.getByTestId('risk-unit').filter({ hasText: 'e2e 1号液氯储罐' }).count()).toBe(1);
    await page.context().close();
  });
});
