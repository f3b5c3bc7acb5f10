import { describe, expect, it } from 'vitest';
import { messageTables, translate } from './i18n.ts';

describe('the merged text table', () => {
  it('defines each key in one table only', () => {
    const keys = messageTables.flatMap((t) => Object.keys(t));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has a Chinese and an English text for every key', () => {
    for (const table of messageTables)
      for (const [key, [zh, en]] of Object.entries(table)) {
        expect(zh.trim(), key).not.toBe('');
        expect(en.trim(), key).not.toBe('');
      }
    expect(translate('zh-CN', 'menu.hazards')).toBe('隐患台账');
    expect(translate('en-US', 'btn.search')).toBe('Search');
  });
});
