/**
 * Password composition rules of SECURITY.md AUTH-01 (等保 2.0 level 3 身份鉴别). Pure: history and
 * expiry are checked by the server, which holds the hashes and the clock.
 */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  /** How many of the four classes (lower, upper, digit, symbol) must appear. */
  minClasses: number;
  historyCount: number;
  /** Days after which a government account must change its password; 0 = never. */
  expiryDays: number;
}

export const defaultPasswordPolicy: PasswordPolicy = {
  minLength: 8,
  maxLength: 128,
  minClasses: 3,
  historyCount: 5,
  expiryDays: 90,
};

/** Common and Chinese-habit passwords, compared case-insensitively after removing symbols. */
export const commonPasswords = [
  'password',
  'password1',
  'passw0rd',
  'p@ssw0rd',
  'qwerty123',
  'qwer1234',
  'abc12345',
  'abcd1234',
  'admin123',
  'admin@123',
  'administrator',
  'welcome1',
  'iloveyou',
  'woaini1314',
  'woaini520',
  '5201314',
  'a5201314',
  'zhangwei',
  'wangfang',
  'liwei123',
  'zhongguo',
  'zhonghua',
  'aa123456',
  'a123456789',
  'qq123456',
  '1qaz2wsx',
  '1qaz@wsx',
  'zaq12wsx',
  'changeme',
  'anjian123',
  'test1234',
] as const;

export type PasswordViolation = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username' | 'common';

export const passwordViolationMessages: Record<PasswordViolation, string> = {
  too_short: '密码长度不足',
  too_long: '密码过长',
  too_few_classes: '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类',
  contains_username: '密码不能包含用户名',
  common: '密码过于常见',
};

export function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** Every rule the password breaks; empty when it is acceptable. */
export function checkPassword(
  password: string,
  username: string,
  policy: PasswordPolicy = defaultPasswordPolicy,
): PasswordViolation[] {
  const out: PasswordViolation[] = [];
  if (password.length < policy.minLength) out.push('too_short');
  if (password.length > policy.maxLength) out.push('too_long');
  if (characterClasses(password) < policy.minClasses) out.push('too_few_classes');
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase())) out.push('contains_username');
  const bare = lower.replace(/[^a-z0-9]/g, '');
  const common = commonPasswords.some((c) => {
    const cb = c.replace(/[^a-z0-9]/g, '');
    return (
      lower === c || bare === cb || (cb.length >= 6 && bare.startsWith(cb) && bare.length - cb.length <= 2)
    );
  });
  if (common) out.push('common');
  return out;
}

/** Usernames are unique case-folded (AUTH-01). */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
