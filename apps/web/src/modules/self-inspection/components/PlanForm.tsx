import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  type CreateSelfInspectionPlanInput,
  type InspectionFrequency,
  type PlanItem,
  createSelfInspectionPlanBody,
  frequencyNames,
  inspectionFrequencies,
} from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { invalidInput, validate } from '../../../api/validation.ts';
import { useChecklists } from '../../hazard/index.ts';
import { selfInspectionApi } from '../self-inspection.api.ts';

interface Values {
  name?: string;
  frequency?: InspectionFrequency;
  assignee?: string;
  range?: [Dayjs | null, Dayjs | null];
  standardItems?: string[];
  ownItems?: string[];
}

/**
 * 新建自查计划: the checklist is picked from the 重大事故隐患判定标准 items (marked 重大) and/or written by
 * the enterprise itself; the frequency decides one task per day / week / month / quarter / year.
 */
export function PlanForm({
  enterpriseId,
  open,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const onError = useApiError();
  const [form] = Form.useForm<Values>();
  const lists = useChecklists();
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    const standard = lists.flatMap((l) => l.items).filter((i) => v.standardItems?.includes(i.code));
    const items: PlanItem[] = [
      ...standard.map((i) => ({ code: i.code, text: i.text, major: i.major })),
      ...(v.ownItems ?? []).filter((s) => s?.trim()).map((text) => ({ text: text.trim(), major: false })),
    ];
    const body: CreateSelfInspectionPlanInput = {
      enterpriseId,
      name: v.name ?? '',
      frequency: v.frequency ?? 'monthly',
      assignee: v.assignee?.trim() || undefined,
      startsOn: (v.range?.[0] ?? dayjs()).format('YYYY-MM-DD'),
      endsOn: v.range?.[1]?.format('YYYY-MM-DD'),
      items,
    };
    const checked = validate(createSelfInspectionPlanBody, body);
    if (!checked.ok) {
      onError(invalidInput(checked.issues), form);
      return;
    }
    setSaving(true);
    try {
      await selfInspectionApi.createPlan(checked.data);
      void message.success('自查计划已建立，本期任务已生成');
      form.resetFields();
      onSaved();
    } catch (err) {
      onError(err, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="新建自查计划"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ frequency: 'monthly', range: [dayjs(), null], ownItems: [] }}
        data-testid="plan-form"
      >
        <Form.Item name="name" label="计划名称" rules={[{ required: true, message: '请填写计划名称' }]}>
          <Input maxLength={100} placeholder="如：月度综合安全检查" data-testid="plan-name" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="frequency" label="频次" style={{ width: '40%' }}>
            <Select
              data-testid="plan-frequency"
              options={inspectionFrequencies.map((f) => ({ value: f, label: frequencyNames[f] }))}
            />
          </Form.Item>
          <Form.Item name="assignee" label="负责人" style={{ width: '60%' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="range" label="起止日期（结束可不填）">
          <DatePicker.RangePicker allowEmpty={[false, true]} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="standardItems" label="判定标准条目">
          <Select
            mode="multiple"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="从重大事故隐患判定标准中选择"
            data-testid="plan-standard-items"
            options={lists.map((l) => ({
              label: `${l.title}（${l.docNo}）`,
              options: l.items.map((i) => ({ value: i.code, label: `${i.code} ${i.text}` })),
            }))}
          />
        </Form.Item>
        <Form.List name="ownItems">
          {(fields, { add, remove }) => (
            <Form.Item label="自定条目">
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={f.name} style={{ width: 520, marginBottom: 8 }}>
                    <Input
                      maxLength={500}
                      placeholder="如：消防通道畅通，灭火器在有效期内"
                      data-testid="plan-own-item"
                    />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除条目" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add('')}
                data-testid="plan-add-item"
              >
                添加条目
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
