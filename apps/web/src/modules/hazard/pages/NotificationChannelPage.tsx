import { useEffect, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Form, Input, Spin, Switch } from 'antd';
import type { NotificationChannelDto } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';
import { hazardApi } from '../hazard.api.ts';

interface Values {
  enabled: boolean;
  url: string;
  secret: string;
}

/**
 * 外发通知通道 (system administrator): a webhook the installation points at its SMS gateway or mail relay.
 * Off by default; each step notice is POSTed as JSON after commit, signed when a secret is set, retried.
 */
export default function NotificationChannelPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const [form] = Form.useForm<Values>();
  const [state, setState] = useState<NotificationChannelDto | null>(null);
  const [saving, setSaving] = useState(false);

  const load = async () => {
    try {
      const c = await hazardApi.channel();
      setState(c);
      form.setFieldsValue({ enabled: c.enabled, url: c.url ?? '', secret: '' });
    } catch (err) {
      onError(err);
    }
  };
  useEffect(() => void load(), []);

  const save = async (v: Values) => {
    setSaving(true);
    try {
      const c = await hazardApi.saveChannel({
        enabled: v.enabled,
        kind: 'webhook',
        url: v.url.trim() || null,
        ...(v.secret ? { secret: v.secret } : {}),
      });
      setState(c);
      form.setFieldValue('secret', '');
      void message.success('已保存');
    } catch (err) {
      onError(err, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer title={t('page.notificationChannel')}>
      {!state ? (
        <Spin />
      ) : (
        <Card style={{ maxWidth: 720 }}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message="隐患闭环的每一步（交办、待验收、验收不通过、销号）除站内消息外，还可推送到本单位的短信网关或邮件中继。"
            description="每条消息以 JSON 通过 HTTP POST 发送（请求头 X-Anjian-Delivery 为投递编号；设置签名密钥后带 X-Anjian-Signature: sha256=HMAC）。发送在办理完成后进行，失败自动重试，不影响业务办理。"
          />
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(v) => void save(v)}
            data-testid="channel-form"
          >
            <Form.Item name="enabled" label="启用外发通道" valuePropName="checked">
              <Switch data-testid="channel-enabled" />
            </Form.Item>
            <Form.Item
              name="url"
              label="接收地址（Webhook）"
              rules={[{ pattern: /^https?:\/\/\S+$/i, message: '地址应以 http:// 或 https:// 开头' }]}
            >
              <Input
                placeholder="https://sms-gateway.example/anjian"
                maxLength={500}
                data-testid="channel-url"
              />
            </Form.Item>
            <Form.Item
              name="secret"
              label="签名密钥"
              extra={state.hasSecret ? '已设置；留空则保持不变' : '可选，至少 16 个字符'}
              rules={[{ min: 16, message: '签名密钥至少 16 个字符' }]}
            >
              <Input.Password autoComplete="new-password" maxLength={200} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="channel-save">
              保存
            </Button>
          </Form>
          <Descriptions title="发送状态" column={3} style={{ marginTop: 24 }} size="small">
            <Descriptions.Item label="待发送">{state.outbox.pending}</Descriptions.Item>
            <Descriptions.Item label="已发送">{state.outbox.sent}</Descriptions.Item>
            <Descriptions.Item label="发送失败">{state.outbox.failed}</Descriptions.Item>
            {state.lastError && (
              <Descriptions.Item label="最近错误" span={3}>
                {state.lastError}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
    </PageContainer>
  );
}
