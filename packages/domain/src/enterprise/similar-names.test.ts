import { describe, expect, it } from 'vitest';
import { enterpriseNameCore, nameLikeness } from './similar-names.ts';

describe('near-duplicate enterprise names (issue 15 item 7)', () => {
  it.each([
    ['中卫市正丰建材有限公司', '中卫市正丰建材有限公司', 'same'],
    ['中卫市正丰建材有限公司', '中卫市 正丰建材有限责任公司', 'same'],
    ['宁夏ＡＢＣ化工有限公司', '宁夏ABC化工有限公司', 'same'], // full-width letters
    ['中卫市正丰建材有限公司', '中卫市正丰建材厂', 'similar'], // another organisation form
    ['中卫市正丰建材有限公司', '正丰建材有限公司', 'similar'], // without the place
    ['中卫市正丰建材有限公司', '中卫市正峰建材有限公司', 'similar'], // one character off
    ['中卫市正丰建材有限公司', '中卫市美利纸业有限公司', null],
    ['中卫市大河化工有限公司', '中卫市小河化工有限公司', 'similar'],
    ['中卫市甲化工有限公司', '中卫市乙化工有限公司', 'similar'],
    ['中卫市甲有限公司', '中卫市乙有限公司', null], // cores too short to compare
  ] as const)('%s / %s → %s', (a, b, expected) => {
    expect(nameLikeness(a, b)).toBe(expected);
  });

  it('the core drops the place and the organisation form', () => {
    expect(enterpriseNameCore('宁夏中卫市正丰建材有限责任公司')).toBe('正丰建材');
  });
});
