import { AppError, type SecurityPolicy, checkPassword, passwordViolationMessages } from '@anjian/domain';
import type { PasswordHash } from './password-hash.ts';
import { verifyPassword } from './password-hash.ts';

/** Refuses a password that breaks the policy (AUTH-01), naming each rule it breaks. */
export function assertPasswordAcceptable(
  password: string,
  username: string,
  policy: SecurityPolicy,
  field = 'password',
) {
  const violations = checkPassword(password, username, policy.password);
  if (violations.length > 0) {
    throw new AppError(
      'PASSWORD_POLICY',
      `密码不符合安全策略：${violations.map((v) => passwordViolationMessages[v]).join('；')}`,
      violations.map((v) => ({ field, message: passwordViolationMessages[v], rule: v })),
    );
  }
}

/** Refuses a password equal to the current one or one of the last `historyCount` (AUTH-01 history). */
export async function assertNotReused(
  password: string,
  current: PasswordHash,
  history: PasswordHash[],
  policy: SecurityPolicy,
  field = 'newPassword',
) {
  const recent = [current, ...history].slice(0, Math.max(1, policy.password.historyCount));
  for (const h of recent) {
    if (await verifyPassword(password, h)) {
      const message = `不能使用最近 ${policy.password.historyCount} 次用过的密码`;
      throw new AppError('PASSWORD_POLICY', message, [{ field, message, rule: 'history' }]);
    }
  }
}

export const nextHistory = (current: PasswordHash, history: PasswordHash[], policy: SecurityPolicy) =>
  [current, ...history].slice(0, policy.password.historyCount);
