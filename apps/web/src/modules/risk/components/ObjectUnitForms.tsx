import { ModalForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { createRiskObjectBody, createRiskUnitBody, riskObjectKinds } from '@anjian/domain';
import { testId } from '../../../components/test-id.ts';
import { riskApi } from '../risk.api.ts';
import { orNull, useRiskSubmit } from './use-risk-submit.ts';

interface ObjectValues {
  kind?: string;
  name?: string;
  code?: string;
  description?: string;
}

interface FormProps {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

const modalProps = { destroyOnHidden: true, maskClosable: false };

/** 新建风险分析对象 (重大危险源 / 设施设备 / 作业活动 / 场所). */
export function ObjectForm({ enterpriseId, open, onClose, onDone }: FormProps & { enterpriseId: string }) {
  const [form] = Form.useForm<ObjectValues>();
  const submit = useRiskSubmit(form);
  return (
    <ModalForm<ObjectValues>
      title="新建风险分析对象"
      form={form}
      open={open}
      width={560}
      modalProps={modalProps}
      onOpenChange={(o) => !o && onClose()}
      initialValues={{ kind: riskObjectKinds[1] }}
      submitter={{ submitButtonProps: testId('object-submit') }}
      onFinish={async (v) => {
        const body = {
          enterpriseId,
          kind: v.kind,
          name: v.name ?? '',
          code: orNull(v.code),
          description: orNull(v.description),
        };
        const ok = await submit(createRiskObjectBody, body, riskApi.createObject);
        if (ok) onDone();
        return ok;
      }}
    >
      <ProFormSelect
        name="kind"
        label="对象类型"
        options={riskObjectKinds.map((k) => ({ value: k, label: k }))}
        rules={[{ required: true }]}
      />
      <ProFormText
        name="name"
        label="对象名称"
        rules={[{ required: true, message: '请填写名称' }]}
        fieldProps={{ maxLength: 100, ...testId('object-name') }}
      />
      <ProFormText name="code" label="编码" fieldProps={{ maxLength: 50 }} />
      <ProFormTextArea name="description" label="说明" fieldProps={{ maxLength: 1000, rows: 2 }} />
    </ModalForm>
  );
}

interface UnitValues {
  name?: string;
  location?: string;
  department?: string;
  responsiblePerson?: string;
  responsiblePhone?: string;
}

/** 新建风险分析单元 under an object. */
export function UnitForm({
  objectId,
  open,
  onClose,
  onUnit,
}: Omit<FormProps, 'onDone'> & { objectId: string | null; onUnit: (id?: string) => void }) {
  const [form] = Form.useForm<UnitValues>();
  const submit = useRiskSubmit(form);
  return (
    <ModalForm<UnitValues>
      title="新建风险分析单元"
      form={form}
      open={open}
      width={560}
      modalProps={modalProps}
      onOpenChange={(o) => !o && onClose()}
      submitter={{ submitButtonProps: testId('unit-submit') }}
      onFinish={async (v) => {
        const body = {
          objectId: objectId ?? '',
          name: v.name ?? '',
          location: orNull(v.location),
          department: v.department ?? '',
          responsiblePerson: v.responsiblePerson ?? '',
          responsiblePhone: orNull(v.responsiblePhone),
        };
        let created: string | undefined;
        const ok = await submit(createRiskUnitBody, body, async (b) => {
          created = (await riskApi.createUnit(b)).id;
        });
        if (ok) onUnit(created);
        return ok;
      }}
    >
      <ProFormText
        name="name"
        label="单元名称"
        rules={[{ required: true, message: '请填写名称' }]}
        fieldProps={{ maxLength: 100, ...testId('unit-name') }}
      />
      <ProFormText name="location" label="位置" fieldProps={{ maxLength: 200 }} />
      <ProFormText
        name="department"
        label="责任部门"
        rules={[{ required: true, message: '请填写责任部门' }]}
        fieldProps={{ maxLength: 100, ...testId('unit-department') }}
      />
      <ProFormText
        name="responsiblePerson"
        label="责任人"
        rules={[{ required: true, message: '请填写责任人' }]}
        fieldProps={{ maxLength: 50, ...testId('unit-person') }}
      />
      <ProFormText name="responsiblePhone" label="联系电话" fieldProps={{ maxLength: 30 }} />
    </ModalForm>
  );
}
