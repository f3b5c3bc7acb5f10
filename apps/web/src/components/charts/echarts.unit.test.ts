import { describe, expect, it } from 'vitest';
import { tooltipLines } from './echarts.ts';

describe('tooltipLines', () => {
  it('encodes names so that a tooltip cannot carry markup', () => {
    const html = tooltipLines('<img src=x onerror="alert(1)">某化工有限公司', '危险化学品 · 正常 & "停产"');
    expect(html).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;某化工有限公司<br/>危险化学品 · 正常 &amp; &quot;停产&quot;',
    );
    expect(html).not.toMatch(/<img/);
  });
});
