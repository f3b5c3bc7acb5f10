import { useEffect } from 'react';
import {
  ProForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormGroup,
  ProFormList,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { investigationBody, penalty, responsibleParty } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { invalidInput, validate } from '../../../api/validation.ts';
import { testId } from '../../../components/test-id.ts';
import { type Investigation, accidentApi } from '../accident.api.ts';

const optionsOf = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const responsibilities = optionsOf(responsibleParty.shape.responsibility.options);
const penaltyKinds = optionsOf(penalty.shape.kind.options);

type Values = Omit<Investigation, 'concludedAt'> & { concludedAt?: string | null };

/** 查处督办: the investigation's findings, responsible parties and penalties (PUT …/investigation). */
export function InvestigationForm({
  accidentId,
  investigation,
  disabled,
  onSaved,
}: {
  accidentId: string;
  investigation: Investigation;
  disabled: boolean;
  onSaved: (i: Investigation) => void;
}) {
  const { message } = App.useApp();
  const onError = useApiError();
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(investigation), [investigation, form]);

  const submit = async (v: Values) => {
    const body = {
      leadAgency: v.leadAgency || null,
      findings: v.findings || null,
      directCause: v.directCause || null,
      indirectCause: v.indirectCause || null,
      nature: v.nature,
      responsibleParties: v.responsibleParties ?? [],
      penalties: (v.penalties ?? []).map((p) => ({
        ...p,
        decidedAt: p.decidedAt || null,
        documentNo: p.documentNo || null,
      })),
      concludedAt: v.concludedAt || null,
    };
    const checked = validate(investigationBody, body);
    if (!checked.ok) {
      onError(invalidInput(checked.issues), form);
      return false;
    }
    try {
      onSaved(await accidentApi.saveInvestigation(accidentId, checked.data));
      void message.success('调查处理信息已保存');
      return true;
    } catch (err) {
      onError(err, form);
      return false;
    }
  };

  return (
    <ProForm<Values>
      form={form}
      disabled={disabled}
      onFinish={submit}
      layout="vertical"
      submitter={
        disabled
          ? false
          : {
              searchConfig: { submitText: '保存调查处理信息' },
              resetButtonProps: false,
              submitButtonProps: { ...testId('investigation-submit') },
            }
      }
      data-testid="investigation-form"
    >
      <ProFormGroup>
        <ProFormText name="leadAgency" label="牵头调查单位" width="md" />
        <ProFormSelect
          name="nature"
          label="事故性质"
          width="sm"
          options={optionsOf(['责任事故', '非责任事故', '待定'])}
        />
        <ProFormDatePicker
          name="concludedAt"
          label="调查报告批复日期"
          width="sm"
          tooltip="填写后状态为已结案待整改"
          fieldProps={{ format: 'YYYY-MM-DD' }}
        />
      </ProFormGroup>
      <ProFormTextArea name="findings" label="调查结论" fieldProps={{ rows: 3, maxLength: 10000 }} />
      <ProFormGroup>
        <ProFormTextArea
          name="directCause"
          label="直接原因"
          width="lg"
          fieldProps={{ rows: 2, maxLength: 2000 }}
        />
        <ProFormTextArea
          name="indirectCause"
          label="间接原因"
          width="lg"
          fieldProps={{ rows: 2, maxLength: 2000 }}
        />
      </ProFormGroup>
      <ProFormList
        name="responsibleParties"
        label="责任认定"
        creatorButtonProps={{ creatorButtonText: '添加责任人/单位' }}
        copyIconProps={false}
      >
        <ProFormGroup>
          <ProFormText
            name="name"
            label="名称/姓名"
            width="sm"
            rules={[{ required: true, message: '必填' }]}
          />
          <ProFormSelect
            name="kind"
            label="类型"
            width="xs"
            options={[
              { value: 'person', label: '个人' },
              { value: 'organisation', label: '单位' },
            ]}
            rules={[{ required: true, message: '必选' }]}
          />
          <ProFormText name="position" label="职务" width="sm" />
          <ProFormSelect
            name="responsibility"
            label="责任"
            width="sm"
            options={responsibilities}
            rules={[{ required: true, message: '必选' }]}
          />
          <ProFormText name="handling" label="处理意见" width="md" />
        </ProFormGroup>
      </ProFormList>
      <ProFormList
        name="penalties"
        label="行政处罚与处理"
        creatorButtonProps={{ creatorButtonText: '添加处罚' }}
        copyIconProps={false}
      >
        <ProFormGroup>
          <ProFormText name="target" label="对象" width="sm" rules={[{ required: true, message: '必填' }]} />
          <ProFormSelect
            name="kind"
            label="种类"
            width="sm"
            options={penaltyKinds}
            rules={[{ required: true, message: '必选' }]}
          />
          <ProFormDigit name="amount" label="金额（万元）" width="xs" min={0} fieldProps={{ precision: 2 }} />
          <ProFormDatePicker
            name="decidedAt"
            label="决定日期"
            width="sm"
            fieldProps={{ format: 'YYYY-MM-DD' }}
          />
          <ProFormText name="documentNo" label="文书号" width="sm" />
        </ProFormGroup>
      </ProFormList>
    </ProForm>
  );
}
