import { ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import {
  createRiskObjectBody,
  createRiskUnitBody,
  riskObjectKinds,
  updateRiskObjectBody,
  updateRiskUnitBody,
} from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { testId } from '../../../components/test-id.ts';
import { type RiskObject, type RiskUnit, riskApi } from '../risk.api.ts';
import { orNull, send } from './use-risk-submit.ts';

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

const modalProps = { maskClosable: false };

/** 新建 or 修改风险分析对象 (重大危险源 / 设施设备 / 作业活动 / 场所); a cleared optional field is sent as null. */
export function ObjectForm({
  enterpriseId,
  object,
  open,
  onClose,
  onDone,
}: FormProps & { enterpriseId: string; object?: RiskObject | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ObjectValues>();
  return (
    <FormModal<ObjectValues>
      title={object ? t('risk.editObject') : '新建风险分析对象'}
      form={form}
      open={open}
      width={560}
      modalProps={modalProps}
      onOpenChange={(o) => !o && onClose()}
      initialValues={
        object
          ? {
              kind: object.kind,
              name: object.name,
              code: object.code ?? undefined,
              description: object.description ?? undefined,
            }
          : { kind: riskObjectKinds[1] }
      }
      submitTestId="object-submit"
      onSubmit={async (v) => {
        const fields = { kind: v.kind, name: v.name ?? '' };
        await (object
          ? send(
              updateRiskObjectBody,
              { ...fields, code: orNull(v.code) ?? null, description: orNull(v.description) ?? null },
              (b) => riskApi.updateObject(object.id, b),
            )
          : send(
              createRiskObjectBody,
              { enterpriseId, ...fields, code: orNull(v.code), description: orNull(v.description) },
              riskApi.createObject,
            ));
        onDone();
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
    </FormModal>
  );
}

interface UnitValues {
  name?: string;
  location?: string;
  department?: string;
  responsiblePerson?: string;
  responsiblePhone?: string;
}

/** 新建风险分析单元 under an object, or 修改 one (its object never changes). */
export function UnitForm({
  objectId,
  unit,
  open,
  onClose,
  onUnit,
}: Omit<FormProps, 'onDone'> & {
  objectId: string | null;
  unit?: RiskUnit | null;
  onUnit: (id?: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<UnitValues>();
  return (
    <FormModal<UnitValues>
      title={unit ? t('risk.editUnit') : '新建风险分析单元'}
      form={form}
      open={open}
      width={560}
      modalProps={modalProps}
      onOpenChange={(o) => !o && onClose()}
      initialValues={
        unit
          ? {
              name: unit.name,
              location: unit.location ?? undefined,
              department: unit.department,
              responsiblePerson: unit.responsiblePerson,
            }
          : undefined
      }
      submitTestId="unit-submit"
      onSubmit={async (v) => {
        const fields = {
          name: v.name ?? '',
          department: v.department ?? '',
          responsiblePerson: v.responsiblePerson ?? '',
        };
        let created: string | undefined;
        await (unit
          ? send(
              updateRiskUnitBody,
              {
                ...fields,
                location: orNull(v.location) ?? null,
                responsiblePhone: orNull(v.responsiblePhone), // blank keeps the sealed number
              },
              (b) => riskApi.updateUnit(unit.id, b),
            )
          : send(
              createRiskUnitBody,
              {
                objectId: objectId ?? '',
                ...fields,
                location: orNull(v.location),
                responsiblePhone: orNull(v.responsiblePhone),
              },
              async (b) => {
                created = (await riskApi.createUnit(b)).id;
              },
            ));
        onUnit(created);
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
      <ProFormText
        name="responsiblePhone"
        label="联系电话"
        // The stored number is sealed and shown masked (PI-02): the form never holds it, blank keeps it.
        placeholder={unit?.responsiblePhone ? `${unit.responsiblePhone}（留空则不修改）` : undefined}
        fieldProps={{ maxLength: 30 }}
      />
    </FormModal>
  );
}
