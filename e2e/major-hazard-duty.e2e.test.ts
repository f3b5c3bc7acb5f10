import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

/** Issue 12 in the browser: a 包保 duty check records what it found, and that enters the hazard loop. */
describeE2E('包保 duty check with a finding in the browser', (e) => {
  it('the 操作负责人 records the week’s check with one hazard; the county sees it waiting for 评估', async () => {
    const page = await signedIn(e(), 'ent_user');
    // The unit and its 包保 through the API, as the registration page would save them.
    const unitId = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const post = (url: string, method: string, body: unknown) =>
        fetch(url, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ id: string }>);
      const unit = await post('/api/major-hazard/units', 'POST', {
        kind: 'storage',
        name: '液氯储罐区（包保测试）',
        exposedPeople: 50,
        chemicals: [{ name: '氯', q: 25 }],
      });
      await post(`/api/major-hazard/units/${unit.id}/registration`, 'PUT', {
        guarantors: { operational: { name: '王班长', title: '班长', phone: '13900000000' } },
      });
      return unit.id;
    });
    await page.goto(`/major-hazard/units/${unitId}`);
    await page.getByTestId('mh-duty-record-operational').click();
    await page.getByRole('button', { name: '添加隐患' }).click();
    await page.getByLabel('部位').fill('一号液氯储罐');
    await page.getByLabel('描述').fill('液位计读数与现场不符，未校验');
    await shot(page, 'major-hazard-duty-finding');
    await page.getByTestId('mh-duty-submit').click();
    await page.getByTestId('mh-duty-rate').waitFor();

    const spt = await signedIn(e(), 'spt_admin');
    await spt.goto('/hazards?status=reported');
    await spt.getByText('液位计读数与现场不符，未校验').first().waitFor();
    expect(await spt.getByText('液位计读数与现场不符，未校验').count()).toBeGreaterThan(0);
  });
});
