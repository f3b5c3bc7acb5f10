import { useEffect } from 'react';
import { Alert, App, Form } from 'antd';
import { type CreateEnterpriseInput, createEnterpriseBody, updateEnterpriseBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type Enterprise, enterpriseApi } from '../enterprise.api.ts';
import { BasicSection } from './form/BasicSection.tsx';
import { ListsSection } from './form/ListsSection.tsx';
import {
  type EnterpriseFormValues,
  changedOnly,
  isOwnedField,
  ownedOnly,
  toFormValues,
  toInput,
} from './form/values.ts';

interface Props {
  /** The enterprise to edit; absent to register one. */
  enterprise?: Enterprise | null;
  /** An enterprise account: only the fields it owns are editable and sent. */
  selfMode?: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (e: Enterprise) => void;
}

/** 企业登记 / 编辑: every field of the record, checked with the domain's schemas before it is sent. */
export function EnterpriseFormModal({ enterprise, selfMode = false, open, onOpenChange, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (enterprise) form.setFieldsValue(toFormValues(enterprise));
    else form.setFieldsValue({ standardizationLevel: 'none', licences: [], safetyCosts: [] });
  }, [open, enterprise, form]);

  const locked = (field: string) => selfMode && !isOwnedField(field);

  const submit = async (v: EnterpriseFormValues) => {
    const all = toInput(v);
    const mine = selfMode ? ownedOnly(all) : all;
    const input = enterprise ? changedOnly(mine, enterprise) : mine;
    if (enterprise && Object.keys(input).length === 0) {
      void message.info('没有修改');
      return;
    }
    const saved = enterprise
      ? await enterpriseApi.update(enterprise.id, parseInput(updateEnterpriseBody, input))
      : await enterpriseApi.create(parseInput(createEnterpriseBody, input) as CreateEnterpriseInput);
    void message.success(enterprise ? '企业信息已保存' : `已登记：${saved.name}`);
    onSaved(saved);
  };

  return (
    <FormModal<EnterpriseFormValues>
      title={enterprise ? `编辑企业：${enterprise.name}` : '登记企业'}
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      onSubmit={submit}
      // Keep DatePicker values as Dayjs (ProForm would turn them into strings); converted on submit.
      dateFormatter={false}
      width={920}
      layout="vertical"
      modalProps={{ maskClosable: false, style: { maxWidth: 'calc(100vw - 16px)' } }}
      submitText="保存"
      submitTestId="enterprise-form-submit"
      data-testid="enterprise-form"
    >
      {selfMode && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="企业账号可维护本企业的地址、坐标、人员、许可证、保险、安全费用和危险工艺；名称、区划、行业、标准化等级由监管部门维护。您的修改会记入变更记录，监管部门可见。"
        />
      )}
      <BasicSection locked={locked} divisionName={enterprise?.divisionName} enterpriseId={enterprise?.id} />
      <ListsSection locked={locked} />
    </FormModal>
  );
}
