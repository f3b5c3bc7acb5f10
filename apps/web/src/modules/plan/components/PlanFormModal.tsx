import { ProFormDigit, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { planBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type Plan, planApi } from '../plan.api.ts';

interface Values {
  name: string;
  divisionCode: string;
  startYear: number;
  endYear: number;
  baselineFrom: number;
  baselineTo: number;
  baselineLabel?: string;
}

const year = { min: 1949, max: 2100, fieldProps: { precision: 0 } };

/** A new plan period (e.g. 十四五 2021–2025 with the 十三五 mean as baseline). */
export function PlanFormModal({
  open,
  onClose,
  onSaved,
  division,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (p: Plan) => void;
  division: string;
}) {
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    const data = parseInput(planBody, { ...v, baselineLabel: v.baselineLabel || null });
    onSaved(await planApi.create(data));
  };
  return (
    <FormModal<Values>
      title="新建规划期"
      form={form}
      open={open}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      width={480}
      initialValues={{ divisionCode: division }}
    >
      <ProFormText
        name="name"
        label="名称"
        placeholder="如：十四五"
        rules={[{ required: true, message: '请输入名称' }]}
      />
      <Form.Item name="divisionCode" label="区划" rules={[{ required: true, message: '请选择区划' }]}>
        <DivisionTreeSelect />
      </Form.Item>
      <ProFormDigit name="startYear" label="规划起始年" {...year} rules={[{ required: true }]} />
      <ProFormDigit name="endYear" label="规划终止年" {...year} rules={[{ required: true }]} />
      <ProFormDigit name="baselineFrom" label="基数期起始年" {...year} rules={[{ required: true }]} />
      <ProFormDigit name="baselineTo" label="基数期终止年" {...year} rules={[{ required: true }]} />
      <ProFormText name="baselineLabel" label="基数说明" placeholder="如：十三五平均数" />
    </FormModal>
  );
}
