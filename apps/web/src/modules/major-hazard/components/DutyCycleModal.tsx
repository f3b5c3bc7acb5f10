import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Select, Switch } from 'antd';
import { dutyCycleBody, dutyCycleUnitNames, dutyCycleUnits } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type DutyCycle, majorHazardApi } from '../major-hazard.api.ts';

interface Values {
  cycleNum: number;
  cycleUnit: DutyCycle['cycleUnit'];
  citation: string;
  verified: boolean;
}

interface Props {
  cycle: DutyCycle | null;
  onClose: () => void;
  onSaved: (cycles: DutyCycle[]) => void;
}

/** The administrator sets a 包保 role's duty cycle, its citation and whether it was checked against the text. */
export function DutyCycleModal({ cycle, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (cycle)
      form.setFieldsValue({
        cycleNum: cycle.cycleNum,
        cycleUnit: cycle.cycleUnit,
        citation: cycle.citation,
        verified: cycle.verified,
      });
  }, [cycle, form]);

  const submit = async (v: Values) => {
    if (!cycle) return false;
    const saved = await majorHazardApi.updateDutyCycle(cycle.role, parseInput(dutyCycleBody, v));
    void message.success(`${cycle.roleName}的履职周期已保存`);
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      title={`修改履职周期：${cycle?.roleName ?? ''}`}
      form={form}
      open={Boolean(cycle)}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      width={520}
      submitTestId="mh-cycle-submit"
    >
      <Form.Item label="周期" required style={{ marginBottom: 0 }}>
        <Form.Item
          name="cycleNum"
          rules={[{ required: true, message: '请填写周期' }]}
          style={{ display: 'inline-block', width: 120, marginRight: 8 }}
        >
          <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} data-testid="mh-cycle-num" />
        </Form.Item>
        <Form.Item
          name="cycleUnit"
          rules={[{ required: true }]}
          style={{ display: 'inline-block', width: 120 }}
        >
          <Select options={dutyCycleUnits.map((u) => ({ value: u, label: dutyCycleUnitNames[u] }))} />
        </Form.Item>
      </Form.Item>
      <Form.Item name="citation" label="依据" rules={[{ required: true, message: '请填写依据' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="verified" label="已核对原文" valuePropName="checked">
        <Switch checkedChildren="已核实" unCheckedChildren="待核实" />
      </Form.Item>
    </FormModal>
  );
}
