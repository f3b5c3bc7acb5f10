import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { isApiError } from '../../../api/client.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { LangSwitch } from '../../../components/LangSwitch.tsx';
import { authApi, type Me } from '../auth.api.ts';
import { DemoHint } from '../components/DemoHint.tsx';
import { TotpStep } from '../components/TotpStep.tsx';

interface Credentials {
  username: string;
  password: string;
}

/** Why the user was sent here (session expired, signed in elsewhere), as the server said it. */
function reasonOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'reason' in state && typeof state.reason === 'string'
    ? state.reason
    : null;
}

/** Where to go after a successful login: the page that sent the user here, or home. */
function targetOf(state: unknown): string {
  if (
    typeof state === 'object' &&
    state !== null &&
    'from' in state &&
    typeof state.from === 'string' &&
    state.from.startsWith('/') &&
    !state.from.startsWith('/login')
  ) {
    return state.from;
  }
  return '/';
}

export default function LoginPage() {
  const { me, setMe, logout } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const demo =
    useQuery({ queryKey: ['login-options'], queryFn: authApi.loginOptions, meta: { quiet: true } }).data
      ?.demo ?? false;

  const finish = (next: Me) => {
    setMe(next);
    if (next.stage !== 'full') return;
    void navigate(next.mustChangePassword || next.mfaEnrollRequired ? '/account' : targetOf(location.state), {
      replace: true,
    });
  };

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      finish(await authApi.login(values.username.trim(), values.password));
    } catch (err) {
      if (!isApiError(err)) setError('登录失败');
      else if (err.code === 'AUTH_LOCKED' && err.lockedUntil) {
        setError(
          `${err.message}（${t('login.lockedUntil')} ${dayjs(err.lockedUntil).format('YYYY-MM-DD HH:mm')}）`,
        );
      } else setError(err.message);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  if (me?.stage === 'full') return <Navigate to={targetOf(location.state)} replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        background: 'linear-gradient(135deg, #e6f0ff 0%, #f5f7fa 55%, #fff7e6 100%)',
      }}
    >
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LangSwitch />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 24 }}>
        <img src="/favicon.svg" alt="" width={44} height={44} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
      </div>
      <Card style={{ width: 420, maxWidth: '100%', boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}>
        {me?.stage === 'mfa' ? (
          <TotpStep username={me.user.username} onDone={finish} onCancel={() => void logout()} />
        ) : (
          <Form<Credentials>
            form={form}
            layout="vertical"
            onFinish={(v) => void submit(v)}
            requiredMark={false}
            aria-label={t('login.title')}
          >
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('login.title')}
            </Typography.Title>
            {error && (
              <Alert
                type="error"
                showIcon
                message={error}
                style={{ marginBottom: 16 }}
                data-testid="login-error"
              />
            )}
            {!error && reasonOf(location.state) && (
              <Alert
                type="warning"
                showIcon
                message={reasonOf(location.state)}
                style={{ marginBottom: 16 }}
                data-testid="login-reason"
              />
            )}
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: '请输入用户名' }]}
            >
              <Input
                size="large"
                prefix={<UserOutlined />}
                autoComplete="username"
                autoFocus
                aria-label={t('login.username')}
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: '请输入密码' }]}
            >
              <Input.Password
                size="large"
                prefix={<LockOutlined />}
                autoComplete="current-password"
                aria-label={t('login.password')}
                data-testid="login-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={busy}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form>
        )}
      </Card>
      {demo && me?.stage !== 'mfa' && (
        <div style={{ width: 420, maxWidth: '100%', marginTop: 16 }}>
          <DemoHint onPick={(username) => form.setFieldsValue({ username })} />
        </div>
      )}
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('login.footer')}
      </Typography.Text>
    </div>
  );
}
