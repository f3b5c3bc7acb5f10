import { Card, Descriptions, Space, Tag } from 'antd';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { permissionName } from '../../../components/permission-names.ts';

export function ProfileCard() {
  const { me } = useAuth();
  const { t } = useI18n();
  if (!me) return null;
  const u = me.user;
  return (
    <Card title={t('account.profile')} data-testid="account-profile">
      <Descriptions column={1} size="small" labelStyle={{ width: 96 }}>
        <Descriptions.Item label="用户名">{u.username}</Descriptions.Item>
        <Descriptions.Item label="姓名">{u.displayName}</Descriptions.Item>
        <Descriptions.Item label="角色">
          {u.roleName ? <Tag color="blue">{u.roleName}</Tag> : <Tag>{t('header.noRole')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="所属区划">{u.divisionName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="所属部门">{u.departmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="双因素认证">
          {u.totpEnabled ? <Tag color="green">已启用</Tag> : <Tag>未启用</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="权限">
          {me.permissions.length ? (
            <Space size={[0, 6]} wrap>
              {me.permissions.map((p) => (
                <Tag key={p} title={p}>
                  {permissionName(p)}
                </Tag>
              ))}
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
