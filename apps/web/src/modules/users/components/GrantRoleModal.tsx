import { useEffect } from 'react';
import { Alert, App, Form, Select } from 'antd';
import { type RoleCode, roles } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type User, usersApi } from '../users.api.ts';

const NONE = '__none__';

/** The security admin grants one role, or takes it away (AC-01: no role = no permission). */
export function GrantRoleModal({
  user,
  onClose,
  onSaved,
}: {
  user: User | null;
  onClose: () => void;
  onSaved: (u: User) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ role: string }>();

  useEffect(() => {
    if (user) form.setFieldsValue({ role: user.role ?? NONE });
  }, [user, form]);

  return (
    <FormModal<{ role: string }>
      title={`${t('btn.grantRole')}：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      form={form}
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      width={480}
      submitTestId="grant-role-submit"
      onSubmit={async ({ role }) => {
        if (!user) return false;
        const saved = await usersApi.grantRole(user.id, role === NONE ? null : (role as RoleCode));
        void message.success(saved.roleName ? `已授予角色：${saved.roleName}` : '已收回角色');
        onSaved(saved);
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="三员分立：系统管理员、安全管理员、审计管理员的职责互斥，业务角色不含管理权限。"
      />
      <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
        <Select
          data-testid="grant-role-select"
          aria-label="角色"
          showSearch
          optionFilterProp="label"
          listHeight={420}
          options={[
            {
              label: '业务角色',
              options: roles.filter((r) => !r.admin).map((r) => ({ value: r.code, label: r.name })),
            },
            {
              label: '管理员（三员）',
              options: roles.filter((r) => r.admin).map((r) => ({ value: r.code, label: r.name })),
            },
            { label: '其他', options: [{ value: NONE, label: '无角色（收回授权）' }] },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
