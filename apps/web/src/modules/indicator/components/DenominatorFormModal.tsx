import { useEffect } from 'react';
import { ProFormDigit, ProFormText } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import {
  type DenominatorKind,
  type FieldIssue,
  denominatorBatchBody,
  denominatorKinds,
} from '@anjian/domain';
import { ApiError, isApiError } from '../../../api/client.ts';
import { parseInput } from '../../../api/validation.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { indicatorApi } from '../indicator.api.ts';

export interface DenominatorRowValues {
  divisionCode: string;
  year: number;
  source?: string | null;
  values: Partial<Record<DenominatorKind, number | null>>;
}

/** `body.rows.N.value` → the kind's field; `body.rows.N.year` → `year`: the batch's issues next to the form's fields. */
const toFields = (issues: FieldIssue[], rows: { kind: string }[]): FieldIssue[] =>
  issues.map((i) => {
    const m = /^(?:body\.)?rows\.(\d+)\.(\w+)$/.exec(i.field);
    if (!m) return i;
    return { ...i, field: m[2] === 'value' ? (rows[Number(m[1])]?.kind ?? i.field) : (m[2] ?? i.field) };
  });

type Values = { divisionCode: string; year: number; source?: string } & Partial<
  Record<DenominatorKind, number | null>
>;

/** One division and year: the six denominators in one form, saved as a batch (all or nothing). */
export function DenominatorFormModal({
  row,
  open,
  onClose,
  onSaved,
}: {
  row: DenominatorRowValues | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (row)
      form.setFieldsValue({
        divisionCode: row.divisionCode,
        year: row.year,
        source: row.source ?? undefined,
        ...row.values,
      });
  }, [open, row, form]);

  const rowsOf = (v: Values) =>
    denominatorKinds
      .filter((k) => typeof v[k.code] === 'number')
      .map((k) => ({
        divisionCode: v.divisionCode,
        year: v.year,
        kind: k.code,
        value: v[k.code] as number,
        source: v.source || null,
      }));
  const submit = async (v: Values) => {
    const { rows } = parseInput(denominatorBatchBody, { rows: rowsOf(v) });
    const { saved } = await indicatorApi.saveDenominators(rows);
    void message.success(`已保存 ${saved} 项`);
    onSaved();
  };
  // The client's and the server's issues alike name batch rows: shown at the kinds' fields.
  const mapError = (err: unknown) =>
    isApiError(err)
      ? new ApiError(
          err.status,
          err.code,
          err.message,
          toFields(err.fieldIssues, rowsOf(form.getFieldsValue())),
        )
      : err;

  return (
    <FormModal<Values>
      title={row ? `编辑统计基数：${row.year} 年` : '录入统计基数'}
      form={form}
      open={open}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      mapError={mapError}
      width={560}
      layout="horizontal"
      labelCol={{ span: 8 }}
      submitTestId="denominator-submit"
    >
      <Form.Item name="divisionCode" label="行政区划" rules={[{ required: true, message: '请选择区划' }]}>
        <DivisionTreeSelect disabled={Boolean(row)} />
      </Form.Item>
      <ProFormDigit
        name="year"
        label="年度"
        min={1949}
        max={2100}
        fieldProps={{ precision: 0 }}
        disabled={Boolean(row)}
        rules={[{ required: true, message: '请输入年度' }]}
      />
      {denominatorKinds.map((k) => (
        <ProFormDigit
          key={k.code}
          name={k.code}
          label={`${k.name}（${k.unit}）`}
          min={0}
          fieldProps={{ precision: k.decimals }}
        />
      ))}
      <ProFormText
        name="source"
        label="数据来源"
        fieldProps={{ maxLength: 200 }}
        placeholder="如：统计年鉴、公安交管部门"
      />
    </FormModal>
  );
}
