import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Space, Steps, Tag, Typography } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { accountApi, type TotpSetup } from '../account.api.ts';

/** TOTP enrolment (AUTH-04): scan, prove with one code, keep the recovery codes shown exactly once. */
export function TotpCard() {
  const { me, refresh } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const navigate = useNavigate();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [enableForm] = Form.useForm<{ code: string }>();
  const [disableForm] = Form.useForm<{ password: string }>();
  const enabled = me?.user.totpEnabled ?? false;

  const start = async () => {
    setBusy(true);
    try {
      setSetup(await accountApi.setupTotp());
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  const enable = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      const { recoveryCodes: codes } = await accountApi.enableTotp(code.trim());
      setRecoveryCodes(codes);
      setSetup(null);
      enableForm.resetFields();
      void message.success('双因素认证已启用');
    } catch (err) {
      onError(err, enableForm);
    } finally {
      setBusy(false);
    }
  };

  const acknowledge = async () => {
    const wasPending = me?.mfaEnrollRequired;
    setRecoveryCodes(null);
    const next = await refresh().catch(() => null);
    if (wasPending && next && !next.mustChangePassword && !next.mfaEnrollRequired)
      void navigate('/', { replace: true });
  };

  const disable = async ({ password }: { password: string }) => {
    setBusy(true);
    try {
      await accountApi.disableTotp(password);
      disableForm.resetFields();
      void message.success('双因素认证已关闭');
      await refresh();
    } catch (err) {
      onError(err, disableForm);
    } finally {
      setBusy(false);
    }
  };

  const status = enabled || recoveryCodes ? <Tag color="green">已启用</Tag> : <Tag>未启用</Tag>;

  return (
    <Card title={t('account.totp')} extra={status} data-testid="account-totp">
      {recoveryCodes ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            message="请立即保存以下恢复码"
            description="每个恢复码只能使用一次，可在手机丢失时代替动态验证码登录。恢复码只显示这一次。"
          />
          <Typography.Paragraph
            copyable={{ text: recoveryCodes.join('\n') }}
            data-testid="totp-recovery-codes"
            style={{ marginBottom: 0 }}
          >
            <span
              className="mono"
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(2, max-content)',
                columnGap: 32,
                rowGap: 4,
              }}
            >
              {recoveryCodes.map((c) => (
                <span key={c}>{c}</span>
              ))}
            </span>
          </Typography.Paragraph>
          <Button type="primary" onClick={() => void acknowledge()} data-testid="totp-recovery-done">
            我已妥善保存
          </Button>
        </Space>
      ) : setup ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Steps
            size="small"
            direction="vertical"
            current={1}
            items={[
              {
                title: '用身份验证器扫描二维码',
                description:
                  '如 Microsoft Authenticator、Google Authenticator、FreeOTP 或企业微信/钉钉的动态口令',
              },
              { title: '输入验证器显示的 6 位验证码完成绑定' },
            ]}
          />
          <Space align="start" size={24} wrap>
            <img
              src={setup.qrDataUrl}
              alt="TOTP 二维码"
              width={180}
              height={180}
              data-testid="totp-qr"
              style={{ border: '1px solid #f0f0f0' }}
            />
            <Space direction="vertical">
              <Typography.Text type="secondary">无法扫码时手动输入密钥：</Typography.Text>
              <Typography.Text code copyable className="mono" data-testid="totp-secret">
                {setup.secret}
              </Typography.Text>
              <Form
                form={enableForm}
                layout="inline"
                onFinish={(v: { code: string }) => void enable(v)}
                aria-label="绑定动态验证码"
              >
                <Form.Item
                  name="code"
                  rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字验证码' }]}
                >
                  <Input
                    placeholder="6 位验证码"
                    maxLength={6}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    aria-label="动态验证码"
                    data-testid="totp-code"
                    style={{ width: 140 }}
                  />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="totp-enable">
                  启用
                </Button>
                <Button onClick={() => setSetup(null)} style={{ marginLeft: 8 }}>
                  {t('btn.cancel')}
                </Button>
              </Form>
            </Space>
          </Space>
        </Space>
      ) : enabled ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>
            登录时需输入身份验证器的动态验证码。关闭前请输入当前密码确认。
          </Typography.Paragraph>
          <Form
            form={disableForm}
            layout="inline"
            onFinish={(v: { password: string }) => void disable(v)}
            aria-label="关闭双因素认证"
          >
            <Form.Item name="password" rules={[{ required: true, message: '请输入当前密码' }]}>
              <Input.Password
                placeholder="当前密码"
                autoComplete="current-password"
                aria-label="当前密码"
                data-testid="totp-disable-password"
              />
            </Form.Item>
            <Button danger htmlType="submit" loading={busy} data-testid="totp-disable">
              关闭双因素认证
            </Button>
          </Form>
        </Space>
      ) : (
        <Space direction="vertical">
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            绑定后，登录时除密码外还需输入手机身份验证器生成的动态验证码，可有效防止密码泄露导致的账号被盗。
          </Typography.Paragraph>
          <Button type="primary" onClick={() => void start()} loading={busy} data-testid="totp-setup">
            绑定身份验证器
          </Button>
        </Space>
      )}
    </Card>
  );
}
