import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { permissionName } from '../../../components/permission-names.ts';
import { type Role, rolesApi } from '../roles.api.ts';

const scopeNames: Record<string, string> = {
  all: '全部',
  division: '所属区划及下级',
  department: '所属部门的行业',
  enterprise: '本企业',
  agency: '委托企业',
  none: '无',
};

/** 角色权限: the fixed roles, their permissions and users; the security admin sets which need MFA. */
export default function RolesPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const queryClient = useQueryClient();
  const roles = useQuery({ queryKey: ['roles'], queryFn: rolesApi.list });
  const items: Role[] = roles.data ?? [];
  const [saving, setSaving] = useState<string | null>(null);
  const mayEdit = can('security.policy');

  const toggle = async (role: Role, mfaRequired: boolean) => {
    setSaving(role.code);
    try {
      const saved = await rolesApi.setMfaRequired(role.code, mfaRequired);
      queryClient.setQueryData<Role[]>(['roles'], (prev) =>
        prev?.map((r) => (r.code === saved.code ? saved : r)),
      );
      void message.success(`${saved.name}：${saved.mfaRequired ? '已要求' : '不再要求'}双因素认证`);
    } catch (err) {
      onError(err);
    } finally {
      setSaving(null);
    }
  };

  const columns: ColumnsType<Role> = [
    {
      title: '角色',
      dataIndex: 'name',
      width: 250,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
            {r.code} · {r.nameEn}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '类别',
      key: 'kind',
      width: 120,
      render: (_, r) =>
        r.admin ? (
          <Tag color="purple">三员管理</Tag>
        ) : r.government ? (
          <Tag color="blue">政府监管</Tag>
        ) : (
          <Tag color="green">社会用户</Tag>
        ),
    },
    { title: '数据范围', dataIndex: 'scope', width: 140, render: (s: string) => scopeNames[s] ?? s },
    {
      title: '权限',
      dataIndex: 'permissions',
      render: (ps: string[]) =>
        ps.length ? (
          <Space size={[0, 4]} wrap>
            {ps.map((p) => (
              <Tooltip key={p} title={p}>
                <Tag>{permissionName(p)}</Tag>
              </Tooltip>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">仅业务功能</Typography.Text>
        ),
    },
    { title: '用户数', dataIndex: 'userCount', width: 90, align: 'right' },
    {
      title: t('roles.mfa'),
      dataIndex: 'mfaRequired',
      width: 120,
      render: (v: boolean, r) => (
        <Switch
          checked={v}
          disabled={!mayEdit}
          loading={saving === r.code}
          onChange={(checked) => void toggle(r, checked)}
          aria-label={`${r.name} ${t('roles.mfa')}`}
          data-testid={`role-mfa-${r.code}`}
        />
      ),
    },
  ];

  return (
    <PageContainer
      title={t('page.roles')}
      content="角色与权限由平台内置（三员分立）；安全管理员可要求某个角色必须启用双因素认证。"
    >
      <Card
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void roles.refetch()}
            aria-label={t('btn.refresh')}
          >
            {t('btn.refresh')}
          </Button>
        }
      >
        <Table<Role>
          rowKey="code"
          columns={columns}
          dataSource={items}
          loading={roles.isFetching}
          pagination={false}
          data-testid="roles-table"
          scroll={{ x: 900 }}
        />
      </Card>
    </PageContainer>
  );
}
