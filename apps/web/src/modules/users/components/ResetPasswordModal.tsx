import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useI18n } from '../../../app/i18n.ts';
import {
  PasswordRules,
  generatePassword,
  passwordPolicyValidator,
} from '../../../components/PasswordRules.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type User, usersApi } from '../users.api.ts';

/** Sets a temporary password; the user must change it at the next login. */
export function ResetPasswordModal({
  user,
  onClose,
  onSaved,
}: {
  user: User | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const password = Form.useWatch('password', form) ?? '';
  const username = user?.username ?? '';

  return (
    <FormModal<{ password: string }>
      title={`${t('btn.resetPassword')}：${user?.displayName ?? ''}（${username}）`}
      form={form}
      open={user !== null}
      onOpenChange={(open) => !open && onClose()}
      width={520}
      submitTestId="reset-password-submit"
      onSubmit={async ({ password: pw }) => {
        if (!user) return false;
        await usersApi.resetPassword(user.id, pw);
        void message.success('密码已重置');
        modal.info({
          title: '请将临时密码告知用户',
          content: (
            <Space direction="vertical">
              <span>用户下次登录时须修改此密码。</span>
              <Typography.Text code copyable className="mono">
                {pw}
              </Typography.Text>
            </Space>
          ),
        });
        onSaved();
      }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="重置后该用户的所有登录会话将失效，下次登录须修改密码。"
      />
      <Form.Item label="临时密码" required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="password"
            noStyle
            rules={[
              { required: true, message: '请输入临时密码' },
              { validator: passwordPolicyValidator(() => username) },
            ]}
          >
            <Input.Password
              autoComplete="new-password"
              aria-label="临时密码"
              data-testid="reset-password-input"
            />
          </Form.Item>
          <Button
            onClick={() => void form.setFieldValue('password', generatePassword())}
            data-testid="reset-password-generate"
          >
            {t('btn.generate')}
          </Button>
        </Space.Compact>
        <div style={{ marginTop: 8 }}>
          <PasswordRules password={password} username={username} />
        </div>
      </Form.Item>
    </FormModal>
  );
}
