import { Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import {
  type PasswordPolicy,
  type PasswordViolation,
  checkPassword,
  defaultPasswordPolicy,
  passwordViolationMessages,
} from '@anjian/domain';

const ruleText = (rule: PasswordViolation, policy: PasswordPolicy): string => {
  switch (rule) {
    case 'too_short':
      return `长度至少 ${policy.minLength} 位`;
    case 'too_long':
      return `长度不超过 ${policy.maxLength} 位`;
    case 'too_few_classes':
      return `包含大写字母、小写字母、数字、特殊字符中的至少 ${policy.minClasses} 类`;
    case 'contains_username':
      return '不包含用户名';
    case 'common':
      return '不是常见密码';
  }
};

const shown: PasswordViolation[] = ['too_short', 'too_few_classes', 'contains_username', 'common'];

/** Live check of a new password against the policy, with the same function the server runs (AUTH-01). */
export function PasswordRules({
  password,
  username,
  policy = defaultPasswordPolicy,
}: {
  password: string;
  username: string;
  policy?: PasswordPolicy;
}) {
  const broken = new Set(checkPassword(password, username, policy));
  const rules = broken.has('too_long') ? ['too_long' as const, ...shown] : shown;
  return (
    <Space direction="vertical" size={2} data-testid="password-rules" style={{ marginBottom: 12 }}>
      {rules.map((rule) => {
        const ok = password.length > 0 && !broken.has(rule);
        return (
          <Typography.Text key={rule} type={ok ? 'success' : 'secondary'} data-rule={rule} data-ok={ok}>
            {ok ? (
              <CheckCircleFilled />
            ) : (
              <CloseCircleFilled style={{ color: password ? '#ff4d4f' : undefined }} />
            )}{' '}
            {ruleText(rule, policy)}
          </Typography.Text>
        );
      })}
    </Space>
  );
}

/** An antd Form validator that refuses a password the policy refuses, naming every broken rule. */
export function passwordPolicyValidator(
  username: () => string,
  policy: PasswordPolicy = defaultPasswordPolicy,
) {
  return (_rule: unknown, value: unknown): Promise<void> => {
    if (typeof value !== 'string' || value === '') return Promise.resolve();
    const broken = checkPassword(value, username(), policy);
    return broken.length
      ? Promise.reject(new Error(broken.map((v) => passwordViolationMessages[v]).join('；')))
      : Promise.resolve();
  };
}

/** A random password the default policy accepts, for an administrator's reset. */
export function generatePassword(length = 14): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%&*!?-_'];
  const all = sets.join('');
  const random = new Uint32Array(length * 2);
  crypto.getRandomValues(random);
  const rnd = (i: number, n: number) => (random[i] ?? 0) % n;
  const chars = [
    ...sets.map((s, i) => s.charAt(rnd(i, s.length))),
    ...Array.from({ length: length - sets.length }, (_, i) => all.charAt(rnd(sets.length + i, all.length))),
  ];
  // Fisher–Yates, so the guaranteed classes are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = rnd(length + i, i + 1);
    const tmp = chars[i] ?? '';
    chars[i] = chars[j] ?? '';
    chars[j] = tmp;
  }
  return chars.join('');
}
