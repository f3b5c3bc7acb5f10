import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Form, Select } from 'antd';
import { type SectorCode, departmentBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type Department, type DepartmentInput, type Sector, orgApi } from '../org.api.ts';

interface Props {
  department: Department | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Creates or edits a department and the sectors it regulates ("管行业必须管安全"). */
export function DepartmentFormModal({ department, open, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartmentInput>();
  const sectors: Sector[] = useQuery({ queryKey: ['org', 'sectors'], queryFn: orgApi.sectors }).data ?? [];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (department) {
      form.setFieldsValue({
        name: department.name,
        shortName: department.shortName,
        divisionCode: department.divisionCode,
        sectors: department.sectors as SectorCode[], // the server stores only codes it validated
        duties: department.duties,
      });
    }
  }, [open, department, form]);

  const submit = async (v: DepartmentInput) => {
    const body: DepartmentInput = {
      name: v.name,
      shortName: v.shortName?.trim() ? v.shortName.trim() : null,
      divisionCode: v.divisionCode,
      sectors: v.sectors ?? [],
      duties: v.duties?.trim() ? v.duties.trim() : null,
    };
    parseInput(departmentBody, body);
    if (department) await orgApi.updateDepartment(department.id, body);
    else await orgApi.createDepartment(body);
    void message.success(department ? '部门已保存' : '部门已创建');
    onSaved();
  };

  return (
    <FormModal<DepartmentInput>
      title={department ? `${t('departments.edit')}：${department.name}` : t('departments.create')}
      form={form}
      open={open}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      width={600}
      layout="horizontal"
      labelCol={{ span: 5 }}
      wrapperCol={{ span: 18 }}
      modalProps={{ maskClosable: false }}
      submitText={t('btn.save')}
      submitTestId="department-form-submit"
    >
      <ProFormText
        name="name"
        label="部门名称"
        placeholder="如：中卫市交通运输局"
        fieldProps={{ maxLength: 60 }}
        rules={[{ required: true, message: '请输入部门名称' }]}
      />
      <ProFormText name="shortName" label="简称" placeholder="如：市交通局" fieldProps={{ maxLength: 20 }} />
      <Form.Item name="divisionCode" label="所属区划" rules={[{ required: true, message: '请选择所属区划' }]}>
        <DivisionTreeSelect allowClear={false} data-testid="department-division" aria-label="所属区划" />
      </Form.Item>
      <Form.Item name="sectors" label="监管行业" extra="部门对这些行业的企业负有安全生产监管职责">
        <Select
          mode="multiple"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="请选择监管行业"
          options={sectors.map((s) => ({ value: s.code, label: s.name }))}
          data-testid="department-sectors"
          aria-label="监管行业"
        />
      </Form.Item>
      <ProFormTextArea
        name="duties"
        label="安全监管职责"
        fieldProps={{ maxLength: 2000, showCount: true, autoSize: { minRows: 3, maxRows: 8 } }}
      />
    </FormModal>
  );
}
