import { useEffect } from 'react';
import { App, Form, Input } from 'antd';
import type { StandardTableNo } from '@anjian/domain';
import { FormModal } from '../../../components/FormModal.tsx';
import { type StandardTable, majorHazardApi } from '../major-hazard.api.ts';
import { entryOf, formValues, standardFields } from './standard-fields.ts';

type Entry = StandardTable['entries'][number];

interface Values {
  value: Record<string, string>;
  reason: string;
}

interface Props {
  tableNo: StandardTableNo;
  keyField: string;
  entry: Entry | null;
  onClose: () => void;
  onSaved: (t: StandardTable) => void;
}

/** The administrator corrects one entry of GB 18218 Tables 1–6; the server checks it against the standard. */
export function StandardEntryModal({ tableNo, keyField, entry, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fields = standardFields[tableNo];
  useEffect(() => {
    if (entry) form.setFieldsValue({ value: formValues(fields, entry.value), reason: '' });
  }, [entry, fields, form]);

  const submit = async (v: Values) => {
    if (!entry) return false;
    const saved = await majorHazardApi.updateStandardEntry(tableNo, entry.key, {
      value: entryOf(fields, v.value),
      reason: v.reason,
    });
    void message.success(`已保存，标准参数修订号 ${saved.revision}`);
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      title={`修改表${tableNo}条目：${entry?.key ?? ''}`}
      form={form}
      open={Boolean(entry)}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      width={560}
      submitTestId="mh-standard-submit"
    >
      {fields.map((f) => (
        <Form.Item
          key={f.name}
          name={['value', f.name]}
          label={f.label}
          extra={f.kind === 'list' ? '多个以“；”分隔' : undefined}
        >
          <Input disabled={f.name === keyField} data-testid={`mh-standard-field-${f.name}`} />
        </Form.Item>
      ))}
      <Form.Item name="reason" label="修改原因" rules={[{ required: true, message: '请填写修改原因' }]}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder="如 勘误：按标准原文更正临界量" />
      </Form.Item>
    </FormModal>
  );
}
