import { useEffect } from 'react';
import { ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { indicatorDefinitions, targetBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type TargetRow, type TargetsTable, planApi } from '../plan.api.ts';

interface Values {
  indicatorKey: string;
  baseline?: number | null;
  target: number;
  statedDrop?: number | null;
  statedAnnualDrop?: number | null;
  note?: string | null;
}

/** Sets one indicator's target of a plan at a division (PUT /api/plans/:id/targets). */
export function TargetFormModal({
  planId,
  division,
  row,
  open,
  onClose,
  onSaved,
}: {
  planId: string;
  division: string;
  row: TargetRow | null;
  open: boolean;
  onClose: () => void;
  onSaved: (t: TargetsTable) => void;
}) {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (row)
      form.setFieldsValue({
        indicatorKey: row.indicatorKey,
        baseline: row.statedBaseline,
        target: row.target,
        statedDrop: row.statedDrop,
        statedAnnualDrop: row.statedAnnualDrop,
        note: row.note,
      });
  }, [open, row, form]);

  const submit = async (v: Values) => {
    const data = parseInput(targetBody, { ...v, divisionCode: division, note: v.note || null });
    onSaved(await planApi.saveTarget(planId, data));
  };

  return (
    <FormModal<Values>
      title={row ? `编辑目标：${row.name}` : '设定目标'}
      form={form}
      open={open}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      width={520}
    >
      <ProFormSelect
        name="indicatorKey"
        label="指标"
        disabled={Boolean(row)}
        showSearch
        options={indicatorDefinitions.map((d) => ({ value: d.key, label: `${d.name}（${d.unit}）` }))}
        rules={[{ required: true, message: '请选择指标' }]}
      />
      <ProFormDigit
        name="baseline"
        label="规划载明基数"
        min={0}
        fieldProps={{ precision: 6 }}
        extra="留空则按记录计算"
      />
      <ProFormDigit
        name="target"
        label="目标值"
        min={0}
        fieldProps={{ precision: 6 }}
        rules={[{ required: true, message: '请输入目标值' }]}
      />
      <ProFormDigit name="statedDrop" label="规划载明降幅（%）" fieldProps={{ precision: 2 }} />
      <ProFormDigit name="statedAnnualDrop" label="规划载明年均降幅（%）" fieldProps={{ precision: 2 }} />
      <ProFormText name="note" label="备注" placeholder="控制上限填 ≤" fieldProps={{ maxLength: 200 }} />
    </FormModal>
  );
}
