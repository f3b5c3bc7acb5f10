import type { ReactNode } from 'react';
import { type AccountChange, accountChangeRefusal, roleDefinition } from '@anjian/domain';
import { App, Popconfirm, Space, Typography } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { type User, usersApi } from '../users.api.ts';

export type UserDialog = 'edit' | 'resetPassword' | 'grantRole';

interface Props {
  user: User;
  onOpen: (dialog: UserDialog, user: User) => void;
  onChanged: () => void;
}

/**
 * The row actions the signed-in admin may take on this account — decided by the same rule the server
 * applies (三员分立: the security admin changes the other admins and re-attaches role holders).
 */
export function UserActions({ user, onOpen, onChanged }: Props) {
  const { me, can } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const self = me?.user.id === user.id;
  const tid = (action: string) => `user-${action}-${user.username}`;
  const may = (change: AccountChange) =>
    me !== null && accountChangeRefusal({ id: me.user.id, role: me.user.role }, user, change) === null;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      onChanged();
    } catch (err) {
      onError(err);
    }
  };

  const links: ReactNode[] = [];
  if (may('edit') || may('attach')) {
    links.push(
      <Typography.Link key="edit" onClick={() => onOpen('edit', user)} data-testid={tid('edit')}>
        {t('btn.edit')}
      </Typography.Link>,
    );
  }
  if (may('status')) {
    const next = user.status === 'active' ? 'disabled' : 'active';
    links.push(
      <Popconfirm
        key="status"
        title={
          next === 'disabled'
            ? `停用 ${user.username}？停用后其登录会话立即失效。`
            : `启用 ${user.username}？`
        }
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm keeps OK loading until the promise settles
        onConfirm={() =>
          run(() => usersApi.setStatus(user.id, next), next === 'disabled' ? '已停用' : '已启用')
        }
        okButtonProps={{ danger: next === 'disabled' }}
      >
        <Typography.Link
          type={next === 'disabled' ? 'danger' : undefined}
          data-testid={tid(next === 'disabled' ? 'disable' : 'enable')}
        >
          {next === 'disabled' ? t('btn.disable') : t('btn.enable')}
        </Typography.Link>
      </Popconfirm>,
    );
  }
  if (may('password')) {
    links.push(
      <Typography.Link
        key="reset"
        onClick={() => onOpen('resetPassword', user)}
        data-testid={tid('reset-password')}
      >
        {t('btn.resetPassword')}
      </Typography.Link>,
    );
  }
  // 三员 roles exist from installation and are never granted or taken away (AC-04).
  if (can('user.grant') && !self && !roleDefinition(user.role)?.admin) {
    links.push(
      <Typography.Link key="grant" onClick={() => onOpen('grantRole', user)} data-testid={tid('grant-role')}>
        {t('btn.grantRole')}
      </Typography.Link>,
    );
  }
  if (may('unlock') && user.locked) {
    links.push(
      <Popconfirm
        key="unlock"
        title={`解除 ${user.username} 的登录锁定？`}
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm keeps OK loading until the promise settles
        onConfirm={() => run(() => usersApi.unlock(user.id), '已解锁')}
      >
        <Typography.Link data-testid={tid('unlock')}>{t('btn.unlock')}</Typography.Link>
      </Popconfirm>,
    );
  }
  if (may('mfa') && user.totpEnabled) {
    links.push(
      <Popconfirm
        key="mfa"
        title={`重置 ${user.username} 的双因素认证？其须在下次登录后重新绑定。`}
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm keeps OK loading until the promise settles
        onConfirm={() => run(() => usersApi.resetMfa(user.id), '已重置双因素认证')}
        okButtonProps={{ danger: true }}
      >
        <Typography.Link type="danger" data-testid={tid('reset-mfa')}>
          {t('btn.resetMfa')}
        </Typography.Link>
      </Popconfirm>,
    );
  }
  return links.length ? (
    <Space size={12} wrap>
      {links}
    </Space>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}
