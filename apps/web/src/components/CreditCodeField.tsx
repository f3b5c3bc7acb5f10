import { useEffect, useState } from 'react';
import { Form, Input, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { type CreditCodeResult, validateCreditCode } from '@anjian/domain';
import { api } from '../api/client.ts';

/**
 * 统一社会信用代码 with a live check: GB 32100 in the browser on every key (the domain's validator), and
 * the server's POST /api/calc/credit-code once typing pauses, shown under the field.
 */
export function CreditCodeField({ disabled }: { disabled?: boolean }) {
  const form = Form.useFormInstance();
  const code = (Form.useWatch<string | undefined>('creditCode', form) ?? '').trim();
  const [server, setServer] = useState<{ code: string; ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (disabled || code.length !== 18 || !validateCreditCode(code).valid) return;
    const timer = window.setTimeout(() => {
      api
        .post<CreditCodeResult>('/calc/credit-code', { code })
        .then((r) => setServer({ code, ok: r.valid, text: r.valid ? '服务端校验通过' : r.reason }))
        .catch(() => undefined);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [code, disabled]);

  const shown = server && server.code === code ? server : null;
  return (
    <Form.Item
      name="creditCode"
      label="统一社会信用代码"
      validateFirst
      normalize={(v: string) => v.toUpperCase()}
      rules={[
        { required: true, message: '请填写统一社会信用代码' },
        {
          validator: (_r, value: string | undefined) => {
            const r = validateCreditCode(value ?? '');
            return r.valid ? Promise.resolve() : Promise.reject(new Error(r.reason));
          },
        },
      ]}
      extra={
        shown ? (
          <Typography.Text type={shown.ok ? 'success' : 'danger'} data-testid="credit-code-check">
            {shown.ok && <CheckCircleFilled />} {shown.text}
          </Typography.Text>
        ) : (
          'GB 32100-2015，18 位，含校验位'
        )
      }
    >
      <Input
        maxLength={18}
        disabled={disabled}
        className="mono"
        autoComplete="off"
        placeholder="如 91640502MA76A1B292"
        data-testid="enterprise-credit-code"
      />
    </Form.Item>
  );
}
