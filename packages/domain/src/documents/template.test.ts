import { describe, expect, it } from 'vitest';
import { BLANK, authorityShortName, fillText, printable, renderBlocks } from './template.ts';

describe('document templates', () => {
  it.each([
    ['中卫市', '中卫'],
    ['沙坡头区', '沙坡头'],
    ['中宁县', '中宁'],
    ['海原县', '海原'],
    ['宁夏回族自治区', '宁夏'],
    ['某某自治县', '某某'],
  ])('authority short name of %s is %s', (name, short) => {
    expect(authorityShortName(name)).toBe(short);
  });

  it('fills placeholders; a missing value leaves a blank to fill in by hand', () => {
    const data = { party: { name: '甲公司', staff: 12 }, ok: true, none: null };
    expect(fillText('{{party.name}}（{{party.staff}}人）{{ok}}', data)).toBe('甲公司（12人）是');
    expect(fillText('{{party.phone}}/{{none}}', data)).toBe(`${BLANK}/${BLANK}`);
    // Only own properties: no reaching into the prototype.
    expect(fillText('{{party.constructor}}', data)).toBe(BLANK);
    expect(printable(['a', 'b'])).toBe('a、b');
    expect(printable({ x: 1 })).toBe(BLANK);
  });

  it('renders lists with their number and relative fields, or the empty text', () => {
    const t = {
      key: 't.x',
      version: 1,
      title: 'T',
      blocks: [{ type: 'list' as const, path: 'items', item: '{{#}}. {{.text}}', empty: '无问题' }],
    };
    expect(renderBlocks(t, { items: [{ text: 'a' }, { text: 'b' }] })).toEqual([
      { type: 'list', lines: ['1. a', '2. b'] },
    ]);
    expect(renderBlocks(t, { items: [] })).toEqual([{ type: 'list', lines: ['无问题'] }]);
  });
});
