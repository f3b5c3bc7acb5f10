import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type EnterpriseStatus, enterpriseStatusBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type Enterprise, type EnterpriseSummary, enterpriseApi } from '../enterprise.api.ts';
import { statusOptions } from '../format.ts';

interface Values {
  status: EnterpriseStatus;
  reason: string;
  effectiveOn: Dayjs | null;
}

interface Props {
  enterprise: EnterpriseSummary | null;
  onClose: () => void;
  onSaved: (e: Enterprise) => void;
}

/** 状态变更 (正常 / 停产整顿 / 关闭 / 取缔) with its reason; the history keeps every change. */
export function StatusModal({ enterprise, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (enterprise) form.setFieldsValue({ status: undefined, reason: '', effectiveOn: dayjs() });
  }, [enterprise, form]);

  const submit = async (v: Values) => {
    if (!enterprise) return false;
    const body = { status: v.status, reason: v.reason, effectiveOn: v.effectiveOn?.format('YYYY-MM-DD') };
    const data = parseInput(enterpriseStatusBody, body);
    const saved = await enterpriseApi.setStatus(enterprise.id, data);
    void message.success(`状态已变更为 ${saved.statusName}`);
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      title={`变更状态：${enterprise?.name ?? ''}`}
      form={form}
      open={Boolean(enterprise)}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      // Keep DatePicker values as Dayjs (ProForm would turn them into strings); converted on submit.
      dateFormatter={false}
      width={520}
      submitTestId="status-form-submit"
    >
      <Form.Item label="当前状态">{enterprise?.statusName}</Form.Item>
      <Form.Item name="status" label="变更为" rules={[{ required: true, message: '请选择新状态' }]}>
        <Select
          options={statusOptions.filter((o) => o.value !== enterprise?.status)}
          data-testid="status-select"
          aria-label="变更为"
        />
      </Form.Item>
      <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写变更原因' }]}>
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder="如 执法检查发现重大事故隐患，责令停产整顿"
        />
      </Form.Item>
      <Form.Item name="effectiveOn" label="生效日期">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
