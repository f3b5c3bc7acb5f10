import { Alert, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../app/i18n.ts';

/** The demo accounts of the Zhongwei demo installation (seeded only when the server runs in demo mode). */
export const demoAccounts = [
  { username: 'city_admin', label: '市级监管' },
  { username: 'spt_admin', label: '沙坡头区' },
  { username: 'zn_admin', label: '中宁县' },
  { username: 'hy_admin', label: '海原县' },
  { username: 'sys_admin', label: '系统管理员' },
  { username: 'sec_admin', label: '安全管理员' },
  { username: 'audit_admin', label: '审计管理员' },
] as const;

export const demoPassword = 'Anjian@2026';

export function DemoHint({ onPick }: { onPick: (username: string) => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="demo-hint"
      message={t('login.demoTitle')}
      description={
        <Space direction="vertical" size={6}>
          <span>
            {t('login.demoHint')}{' '}
            <Typography.Text code copyable>
              {demoPassword}
            </Typography.Text>
          </span>
          <Space size={[4, 6]} wrap>
            {demoAccounts.map((a) => (
              <Tag
                key={a.username}
                color="blue"
                style={{ cursor: 'pointer' }}
                onClick={() => onPick(a.username)}
                data-testid={`demo-account-${a.username}`}
              >
                {a.username}（{a.label}）
              </Tag>
            ))}
          </Space>
        </Space>
      }
    />
  );
}
