import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Card, Form, Input } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { PasswordRules, passwordPolicyValidator } from '../../../components/PasswordRules.tsx';
import { accountApi } from '../account.api.ts';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** Changes one's own password; the policy is checked live in the browser and again by the server. */
export function ChangePasswordCard() {
  const { me, refresh } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [busy, setBusy] = useState(false);
  const username = me?.user.username ?? '';

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await accountApi.changePassword(v.oldPassword, v.newPassword);
      form.resetFields();
      void message.success('密码已修改，其他设备上的登录已退出');
      const next = await refresh();
      if (me?.mustChangePassword && next && !next.mustChangePassword && !next.mfaEnrollRequired)
        void navigate('/', { replace: true });
    } catch (err) {
      onError(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('account.password')} data-testid="account-password">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 420 }}
        aria-label={t('account.password')}
      >
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password autoComplete="current-password" aria-label="原密码" data-testid="password-old" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          rules={[
            { required: true, message: '请输入新密码' },
            { validator: passwordPolicyValidator(() => username) },
          ]}
          extra={<PasswordRules password={newPassword} username={username} />}
        >
          <Input.Password autoComplete="new-password" aria-label="新密码" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            aria-label="确认新密码"
            data-testid="password-confirm"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="password-submit">
          {t('account.password')}
        </Button>
      </Form>
    </Card>
  );
}
