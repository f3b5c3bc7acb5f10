import { useRef, useState } from 'react';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { roles } from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { fmtTime } from '../../../components/format.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { GrantRoleModal } from '../components/GrantRoleModal.tsx';
import { ResetPasswordModal } from '../components/ResetPasswordModal.tsx';
import { UserActions, type UserDialog } from '../components/UserActions.tsx';
import { UserFormModal } from '../components/UserFormModal.tsx';
import { type User, usersApi } from '../users.api.ts';

interface Search {
  q?: string;
  role?: string;
  status?: 'active' | 'disabled';
}

const roleEnum = Object.fromEntries(roles.map((r) => [r.code, { text: r.name }]));
const statusEnum = {
  active: { text: '启用', status: 'Success' },
  disabled: { text: '停用', status: 'Default' },
};

/** 用户管理: the accounts in the caller's scope, with the actions its permissions allow. */
export default function UsersPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const actionRef = useRef<ActionType>(null);
  const [dialog, setDialog] = useState<{ kind: UserDialog | 'create'; user: User | null } | null>(null);
  const reload = () => void actionRef.current?.reload();
  const close = () => setDialog(null);
  const afterSave = () => {
    close();
    reload();
  };

  const columns: ProColumns<User>[] = [
    { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '用户名或姓名' } },
    {
      title: '用户名',
      dataIndex: 'username',
      search: false,
      render: (_, u) => (
        <Typography.Text strong className="mono">
          {u.username}
        </Typography.Text>
      ),
    },
    { title: '姓名', dataIndex: 'displayName', search: false },
    {
      title: '角色',
      dataIndex: 'role',
      valueType: 'select',
      valueEnum: roleEnum,
      render: (_, u) =>
        u.roleName ? (
          <Tag color={roles.find((r) => r.code === u.role)?.admin ? 'purple' : 'blue'}>{u.roleName}</Tag>
        ) : (
          <Tag>未授权</Tag>
        ),
    },
    { title: '所属区划', dataIndex: 'divisionName', search: false, render: (_, u) => u.divisionName ?? '—' },
    {
      title: '所属部门',
      dataIndex: 'departmentName',
      search: false,
      ellipsis: true,
      render: (_, u) => u.departmentName ?? '—',
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: statusEnum,
      render: (_, u) => (
        <Space size={[0, 4]} wrap data-testid={`user-status-${u.username}`}>
          {u.status === 'active' ? <Tag color="green">启用</Tag> : <Tag color="default">停用</Tag>}
          {u.locked && (
            <Tooltip title={u.lockedUntil ? `锁定至 ${fmtTime(u.lockedUntil)}` : undefined}>
              <Tag color="red">已锁定</Tag>
            </Tooltip>
          )}
          {u.mustChangePassword && <Tag color="orange">须改密</Tag>}
          {u.totpEnabled && <Tag color="cyan">双因素</Tag>}
          {u.expiresAt && dayjs(u.expiresAt).isBefore(dayjs()) && <Tag color="volcano">已过期</Tag>}
        </Space>
      ),
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      search: false,
      width: 150,
      render: (_, u) => fmtTime(u.lastLoginAt),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 220,
      render: (_, u) => (
        <UserActions user={u} onOpen={(kind, user) => setDialog({ kind, user })} onChanged={reload} />
      ),
    },
  ];

  return (
    <PageContainer title={t('page.users')}>
      <ListTable<User, Search>
        actionRef={actionRef}
        columns={columns}
        data-testid="users-table"
        fetch={(params) =>
          usersApi.list({
            page: params.page,
            pageSize: params.pageSize,
            q: params.q?.trim(),
            role: params.role,
            status: params.status,
          })
        }
        scroll={{ x: 1100 }}
        toolBarRender={() =>
          can('user.write')
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'create', user: null })}
                  data-testid="user-create"
                >
                  {t('users.create')}
                </Button>,
              ]
            : []
        }
      />
      <UserFormModal
        user={dialog?.kind === 'edit' ? dialog.user : null}
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        onOpenChange={(open) => !open && close()}
        onSaved={afterSave}
      />
      <GrantRoleModal
        user={dialog?.kind === 'grantRole' ? dialog.user : null}
        onClose={close}
        onSaved={afterSave}
      />
      <ResetPasswordModal
        user={dialog?.kind === 'resetPassword' ? dialog.user : null}
        onClose={close}
        onSaved={afterSave}
      />
    </PageContainer>
  );
}
