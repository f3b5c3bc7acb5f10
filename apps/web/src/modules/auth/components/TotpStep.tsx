import { useState } from 'react';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { isApiError } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.ts';
import { authApi, type Me } from '../auth.api.ts';

/** Second login step: a TOTP code or a recovery code (AUTH-04). */
export function TotpStep({
  username,
  onDone,
  onCancel,
}: {
  username: string;
  onDone: (me: Me) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await authApi.loginTotp(code.trim()));
    } catch (err) {
      setError(isApiError(err) ? err.message : '验证失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      layout="vertical"
      onFinish={(v: { code: string }) => void submit(v)}
      requiredMark={false}
      aria-label={t('login.totpTitle')}
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        <SafetyOutlined /> {t('login.totpTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {username ? <Typography.Text strong>{username}：</Typography.Text> : null}
        {t('login.totpHint')}
      </Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Form.Item
        name="code"
        label={t('login.totpCode')}
        rules={[
          { required: true, message: '请输入动态验证码' },
          { min: 6, message: '至少 6 位' },
        ]}
      >
        <Input
          size="large"
          autoFocus
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={20}
          aria-label={t('login.totpCode')}
          data-testid="login-totp"
        />
      </Form.Item>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Button onClick={onCancel} data-testid="login-totp-cancel">
          {t('btn.back')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="login-totp-submit">
          {t('login.totpSubmit')}
        </Button>
      </Space>
    </Form>
  );
}
