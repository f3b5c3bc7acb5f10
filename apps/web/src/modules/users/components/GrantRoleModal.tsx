import { useEffect } from 'react';
import { Alert, App, Form, Select } from 'antd';
import { type RoleCode, type Sensitivity, roles, sensitivityLevels, sensitivityNames } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type User, usersApi } from '../users.api.ts';

const NONE = '__none__';

interface Granted {
  role: string;
  clearance: Sensitivity;
}

/**
 * The security admin grants one role, or takes it away (AC-01: no role = no permission), and the
 * account's clearance (AC-07: records labelled above it are not there for the account).
 */
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
  const [form] = Form.useForm<Granted>();

  useEffect(() => {
    if (user) form.setFieldsValue({ role: user.role ?? NONE, clearance: user.clearance });
  }, [user, form]);

  return (
    <FormModal<Granted>
      title={`${t('btn.grantRole')}：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      form={form}
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      width={480}
      submitTestId="grant-role-submit"
      onSubmit={async ({ role, clearance }) => {
        if (!user) return false;
        let saved = user;
        const next = role === NONE ? null : (role as RoleCode);
        if (next !== user.role) {
          saved = await usersApi.grantRole(user.id, next);
          void message.success(saved.roleName ? `已授予角色：${saved.roleName}` : '已收回角色');
        }
        if (clearance !== user.clearance) {
          saved = await usersApi.setClearance(user.id, clearance);
          void message.success(`密级许可：${sensitivityNames[clearance]}`);
        }
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
      <Form.Item
        name="clearance"
        label="密级许可"
        extra="可查阅的最高密级；标为更高密级的记录对该账号不可见（AC-07）"
        rules={[{ required: true, message: '请选择密级许可' }]}
      >
        <Select
          data-testid="grant-clearance-select"
          aria-label="密级许可"
          options={sensitivityLevels.map((s) => ({ value: s, label: sensitivityNames[s] }))}
        />
      </Form.Item>
    </FormModal>
  );
}
