import { expect, it } from 'vitest';
import { describeE2E, shot, signedIn } from './support.ts';

describeE2E('enforcement cases and plans in the browser', (e) => {
  it('a county lists its cases, sees a breached clock with its basis, takes a step, and draws under its plan', async () => {
    const page = await signedIn(e(), 'spt_admin');
    await page.goto('/enforcement/cases');
    const table = page.getByTestId('cases-table');
    await table.getByText('未按规定对从业人员进行安全生产教育和培训').waitFor();
    await shot(page, 'enforcement-cases');
    await table.getByText('未按规定对从业人员进行安全生产教育和培训').click();
    await page.getByTestId('case-clocks').getByText('已超期', { exact: false }).first().waitFor();
    expect(await page.getByTestId('case-clocks').innerText()).toContain('第六十条');
    await shot(page, 'enforcement-case-breached');

    await page.goto('/enforcement/cases');
    await table.getByText('未在有较大危险因素的场所设置明显的安全警示标志').click();
    await page.getByTestId('case-step-investigate').click();
    await page
      .getByRole('button', { name: '办 理' })
      .or(page.getByRole('button', { name: '办理' }))
      .click();
    await page.getByTestId('case-status').getByText('调查取证').waitFor();
    expect(await page.getByTestId('case-steps').innerText()).toContain('调查取证');

    await page.goto('/enforcement/plans');
    await page
      .getByTestId('draws-table')
      .getByText('0123456789abcdeffedcba9876543210', { exact: false })
      .waitFor();
    await shot(page, 'enforcement-plans');
  });
});
