import { useEffect } from 'react';
import { ProFormText } from '@ant-design/pro-components';
import { App, Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  type AccountChange,
  UserLimits,
  accountChangeRefusal,
  createUserBody,
  updateUserBody,
  username as usernameSchema,
} from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { parseInput, zodRule } from '../../../api/validation.ts';
import { useI18n } from '../../../app/i18n.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import {
  PasswordRules,
  generatePassword,
  passwordPolicyValidator,
} from '../../../components/PasswordRules.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type User, usersApi } from '../users.api.ts';

interface Values {
  username: string;
  displayName: string;
  password: string;
  divisionCode: string | null;
  departmentId: string | null;
  expiresAt: Dayjs | null;
}

interface Props {
  /** The user to edit; absent to create one. */
  user?: User | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (user: User) => void;
}

const sameDay = (a: unknown, b: string | null) =>
  (a === null && b === null) || (typeof a === 'string' && b !== null && dayjs(a).isSame(dayjs(b), 'day'));

/** Creates an account (no role; it must change the password at first login) or edits one. */
export function UserFormModal({ user, open, onOpenChange, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = Boolean(user);
  const { me } = useAuth();
  // On an existing account, each field is open only to the admin the server lets change it (三员分立).
  const may = (change: AccountChange) =>
    !user ||
    (me !== null && accountChangeRefusal({ id: me.user.id, role: me.user.role }, user, change) === null);
  const username = Form.useWatch('username', form) ?? user?.username ?? '';
  const password = Form.useWatch('password', form) ?? '';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        displayName: user.displayName,
        divisionCode: user.divisionCode,
        departmentId: user.departmentId,
        expiresAt: user.expiresAt ? dayjs(user.expiresAt) : null,
      });
    }
  }, [open, user, form]);

  const submit = async (v: Values) => {
    const common = {
      displayName: v.displayName,
      divisionCode: v.divisionCode ?? null,
      departmentId: v.departmentId ?? null,
      expiresAt: v.expiresAt ? v.expiresAt.endOf('day').toISOString() : null,
    };
    // Checked like the server does; sent as typed (the username trimmed).
    if (user) parseInput(updateUserBody, common);
    else parseInput(createUserBody, { ...common, username: v.username, password: v.password });
    // An edit sends only what changed, so re-sending an unchanged division asks for no grant.
    const changes = user
      ? Object.fromEntries(
          Object.entries(common).filter(
            ([k, v]) =>
              v !== (user as Record<string, unknown>)[k] &&
              !(k === 'expiresAt' && sameDay(v, user.expiresAt)),
          ),
        )
      : common;
    const saved = user
      ? await usersApi.update(user.id, changes)
      : await usersApi.create({ ...common, username: v.username.trim(), password: v.password });
    void message.success(user ? '用户已保存' : '用户已创建：请安全管理员授予角色，用户首次登录须修改密码');
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      title={editing ? `${t('users.edit')}：${user?.username ?? ''}` : t('users.create')}
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      onSubmit={submit}
      width={560}
      layout="horizontal"
      labelCol={{ span: 6 }}
      wrapperCol={{ span: 17 }}
      modalProps={{ maskClosable: false }}
      submitText={t('btn.save')}
      submitTestId="user-form-submit"
      data-testid="user-form"
    >
      {!editing && (
        <ProFormText
          name="username"
          label="用户名"
          placeholder="字母开头，可含数字、下划线、点、连字符"
          fieldProps={{ maxLength: UserLimits.usernameMax, autoComplete: 'off' }}
          rules={[{ required: true, message: '请输入用户名' }, zodRule(usernameSchema)]}
        />
      )}
      <ProFormText
        name="displayName"
        label="姓名"
        fieldProps={{ maxLength: UserLimits.displayNameMax }}
        disabled={!may('edit')}
        rules={[{ required: true, message: '请输入姓名' }]}
      />
      {!editing && (
        <Form.Item label="初始密码" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="password"
              noStyle
              rules={[
                { required: true, message: '请输入初始密码' },
                { validator: passwordPolicyValidator(() => username) },
              ]}
            >
              <Input.Password autoComplete="new-password" aria-label="初始密码" data-testid="user-password" />
            </Form.Item>
            <Button
              onClick={() => void form.setFieldValue('password', generatePassword())}
              data-testid="user-password-generate"
            >
              {t('btn.generate')}
            </Button>
          </Space.Compact>
          <div style={{ marginTop: 8 }}>
            <PasswordRules password={password} username={username} />
          </div>
        </Form.Item>
      )}
      <Form.Item name="divisionCode" label="所属区划">
        <DivisionTreeSelect data-testid="user-division" aria-label="所属区划" disabled={!may('attach')} />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label="所属部门"
        extra="行业部门人员选择部门后，所属区划以部门所在区划为准"
      >
        <DepartmentSelect data-testid="user-department" disabled={!may('attach')} />
      </Form.Item>
      <Form.Item name="expiresAt" label="账号有效期至" extra="临时账号到期后无法登录；留空为长期有效">
        <DatePicker
          style={{ width: '100%' }}
          aria-label="账号有效期至"
          disabled={!may('edit')}
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
