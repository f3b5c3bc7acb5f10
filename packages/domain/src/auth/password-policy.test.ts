import { describe, expect, it } from 'vitest';
import { checkPassword, characterClasses, normalizeUsername } from './password-policy.ts';

// SECURITY.md AUTH-01: ≥ 8 characters, 3 of 4 classes, not containing the username, not common.
describe('checkPassword (AUTH-01)', () => {
  it.each([
    ['Anjian@2026', 'city_admin', []],
    ['Xy7#abcd', 'someone', []],
    ['xy7#abcd', 'someone', []], // lower + digit + symbol = 3 classes
    ['Xy7#abc', 'someone', ['too_short']],
    ['abcdefgh', 'someone', ['too_few_classes']],
    ['abcdefg1', 'someone', ['too_few_classes']],
    ['Abcdefg1', 'someone', []],
    ['Zhangsan@1', 'zhangsan', ['contains_username']],
    ['ZHANGSAN@1x', 'zhangsan', ['contains_username']],
    ['Woaini1314', 'someone', ['common']],
    ['woaini1314!', 'someone', ['common']],
    ['P@ssw0rd', 'someone', ['common']],
    ['Admin@123', 'someone', ['common']],
    ['1qaz@WSX', 'someone', ['common']],
    ['a'.repeat(120) + 'A1!' + 'b'.repeat(10), 'someone', ['too_long']],
  ])('%s (user %s) → %j', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
  });

  it('counts character classes', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('aB1')).toBe(3);
    expect(characterClasses('aB1-')).toBe(4);
    expect(characterClasses('密码Ab1')).toBe(4); // CJK characters count as "other"
  });

  it('folds usernames', () => {
    expect(normalizeUsername('  City_Admin ')).toBe('city_admin');
  });
});
