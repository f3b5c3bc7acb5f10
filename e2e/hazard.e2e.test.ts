import { deflateSync, crc32 } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

/** A small solid-colour PNG made here, so that the test carries no binary fixture. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x60)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const getJson = <T>(page: Page, url: string): Promise<T> =>
  page.evaluate(async (u) => (await fetch(u, { credentials: 'same-origin' })).json() as Promise<T>, url);

const inDays = (n: number) =>
  new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** Opens a step of the loop on the page in view, fills it and waits for the new status. */
async function step(
  page: Page,
  button: string,
  fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
  status: string,
) {
  await page.getByTestId(button).click();
  const form = page.getByTestId('step-form');
  await form.waitFor();
  await fill(form);
  await page.getByTestId('step-submit').click();
  await form.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('hazard-status').textContent()).toContain(status);
}

describeE2E('the hazard closed loop in the browser', (e) => {
  it('grid report with a photo on a phone → assess → rectify → reject → rectify → accept: 已销号, every step in the timeline', async () => {
    // The enterprise of ent_user, as the grid member sees it.
    const ent = await signedIn(e(), 'ent_user', true);
    const me = await getJson<{ user: { enterpriseId: string } }>(ent, '/api/auth/me');
    const grid = await signedIn(e(), 'spt_grid', true);
    const enterprise = await getJson<{ name: string }>(grid, `/api/enterprises/${me.user.enterpriseId}`);

    // 1. The grid member reports on the phone-width page with a photo.
    await grid.goto('/hazards/report');
    const form = grid.getByTestId('hazard-report-form');
    await form.waitFor();
    const enterpriseItem = form
      .locator('.ant-form-item')
      .filter({ has: grid.locator('label[title="企业"]') });
    await enterpriseItem.locator('input').fill(enterprise.name);
    await grid
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: enterprise.name })
      .first()
      .click();
    await grid.getByTestId('hazard-location').fill('二号罐区东侧');
    await grid.getByTestId('hazard-description').fill('e2e：储罐区可燃气体报警器失效');
    await grid
      .getByTestId('hazard-photo-input')
      .setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: png(32, 24) });
    await grid.locator('img[alt="已上传照片"]').waitFor();
    await shot(grid, 'hazard-report-phone');
    await grid.getByTestId('hazard-report-submit').click();
    await grid.getByTestId('hazard-summary').waitFor();
    const id = /\/hazards\/([0-9a-f-]{36})/.exec(grid.url())?.[1] ?? '';
    expect(id).not.toBe('');
    expect(await grid.getByTestId('hazard-status').textContent()).toContain('待评估');
    const photo = grid.getByTestId('hazard-photos').locator('img').first();
    await photo.waitFor();
    // The page shows the server's thumbnail, and it decodes.
    expect(await photo.getAttribute('src')).toContain('size=thumb');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // The grid member may not assess: no buttons.
    expect(await grid.getByTestId('hazard-actions').locator('button').count()).toBe(0);

    // 2. The county assesses it: 一般, a deadline.
    const county = await signedIn(e(), 'spt_admin');
    await county.goto(`/hazards/${id}`);
    await county.getByTestId('hazard-summary').waitFor();
    await step(
      county,
      'hazard-action-assess',
      async (f) => {
        const deadline = f.getByLabel('整改期限');
        await deadline.click();
        await deadline.fill(inDays(10));
        await deadline.press('Enter');
      },
      '待整改',
    );

    // 3. The enterprise starts rectification and requests acceptance on its phone page.
    const rectifyRound = async (note: string) => {
      await ent.goto('/hazards/rectify');
      await ent.getByTestId(`rectify-card-${id}`).waitFor();
      const start = ent.getByTestId(`rectify-start_rectification-${id}`);
      if (await start.count()) {
        await start.click();
        await ent.getByTestId('step-form').waitFor();
        await ent.getByTestId('step-submit').click();
        await ent.getByTestId('step-form').waitFor({ state: 'detached' });
      }
      await ent.getByTestId(`rectify-request_acceptance-${id}`).click();
      await ent.getByTestId('step-form').waitFor();
      await ent.getByTestId('step-comment').fill(note);
      await ent
        .getByTestId('step-photo-input')
        .setInputFiles({ name: `${note}.png`, mimeType: 'image/png', buffer: png(24 + note.length, 24) });
      await ent.locator('img[alt="已上传照片"]').waitFor();
      await ent.getByTestId('step-submit').click();
      await ent.getByTestId('step-form').waitFor({ state: 'detached' });
    };
    await rectifyRound('已更换报警器');
    await shot(ent, 'hazard-rectify-phone');

    // 4. The county rejects once with a reason.
    await county.goto(`/hazards/${id}`);
    await county.getByTestId('hazard-summary').waitFor();
    await step(
      county,
      'hazard-action-reject',
      (f) => f.getByTestId('step-reason').fill('未附校验报告'),
      '整改中',
    );

    // 5. The enterprise rectifies again; 6. the county accepts.
    await rectifyRound('已补校验报告');
    await county.goto(`/hazards/${id}`);
    await county.getByTestId('hazard-summary').waitFor();
    await step(
      county,
      'hazard-action-accept',
      (f) => f.getByTestId('step-comment').fill('验收合格'),
      '已销号',
    );
    expect(await county.getByTestId('hazard-actions').locator('button').count()).toBe(0);

    const timeline = county.getByTestId('hazard-timeline');
    const count = (action: string) => timeline.getByTestId(`hazard-event-${action}`).count();
    expect(await count('report')).toBe(1);
    expect(await count('assess')).toBe(1);
    expect(await count('start_rectification')).toBe(1);
    expect(await count('request_acceptance')).toBe(2);
    expect(await count('reject')).toBe(1);
    expect(await count('accept')).toBe(1);
    expect(await timeline.textContent()).toContain('未附校验报告');
    await shot(county, 'hazard-detail-closed');

    // Counted: the closed hazard is in the accepted list.
    const accepted = await getJson<{ items: { id: string }[] }>(
      county,
      '/api/hazards?status=accepted&pageSize=200',
    );
    expect(accepted.items.map((h) => h.id)).toContain(id);
  });
});
