import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  contractBody,
  contractKindNames,
  contractKinds,
  staffBody,
  visitBody,
  visitKindNames,
  visitKinds,
} from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type AgencyDetail, agencyApi } from '../agency.api.ts';

export type AgencyDialog = 'staff' | 'contract' | 'visit';
type Values = Record<string, string | number | string[] | Dayjs | null | undefined>;

const date = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : undefined);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const titles: Record<AgencyDialog, string> = {
  staff: '添加机构人员',
  contract: '新增服务合同',
  visit: '登记服务记录',
};

interface Props {
  agency: AgencyDetail;
  dialog: AgencyDialog | null;
  onClose: () => void;
  onSaved: () => void;
}

/** The small forms of an agency: a staff member, a contract with an enterprise, a service visit. */
export function AgencyDialogs({ agency, dialog, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const send = async <T,>(schema: z.ZodType<T>, body: unknown, call: (b: T) => Promise<unknown>) => {
    await call(parseInput(schema, body));
  };

  const submit = async (v: Values) => {
    if (dialog === 'staff')
      await send(
        staffBody,
        {
          name: text(v.name) ?? '',
          title: text(v.title),
          certificateNo: text(v.certificateNo),
          specialty: text(v.specialty),
        },
        (b) => agencyApi.addStaff(agency.id, b),
      );
    if (dialog === 'contract')
      await send(
        contractBody,
        {
          enterpriseId: v.enterpriseId,
          kind: v.kind,
          contractNo: text(v.contractNo),
          startsOn: date(v.startsOn),
          endsOn: date(v.endsOn),
        },
        (b) => agencyApi.addContract(agency.id, b),
      );
    if (dialog === 'visit')
      await send(
        visitBody,
        {
          enterpriseId: v.enterpriseId,
          visitedOn: date(v.visitedOn),
          kind: v.kind,
          staffIds: v.staffIds ?? [],
          summary: text(v.summary) ?? '',
          hazardsFound: v.hazardsFound ?? 0,
        },
        (b) => agencyApi.addVisit(agency.id, b),
      );
    void message.success('已保存');
    onSaved();
  };

  const contracted = agency.contracts.filter((c) => c.active);
  return (
    <FormModal<Values>
      title={dialog ? titles[dialog] : ''}
      form={form}
      open={dialog !== null}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      // Keep DatePicker values as Dayjs (ProForm would turn them into strings); converted on submit.
      dateFormatter={false}
      width={560}
      layout="horizontal"
      labelCol={{ span: 6 }}
      wrapperCol={{ span: 17 }}
      initialValues={{
        startsOn: dayjs(),
        visitedOn: dayjs(),
        kind: dialog === 'contract' ? 'custody' : 'inspection',
        hazardsFound: 0,
      }}
      submitText="保存"
      submitTestId="agency-dialog-submit"
    >
      {dialog === 'staff' && (
        <>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="title" label="职称/岗位">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="certificateNo" label="证书编号">
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="specialty" label="专业">
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      {dialog === 'contract' && (
        <>
          <Form.Item name="enterpriseId" label="服务企业" rules={[{ required: true, message: '请选择企业' }]}>
            <EnterpriseSelect />
          </Form.Item>
          <Form.Item name="kind" label="服务方式" rules={[{ required: true }]}>
            <Select options={contractKinds.map((k) => ({ value: k, label: contractKindNames[k] }))} />
          </Form.Item>
          <Form.Item name="contractNo" label="合同编号">
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="endsOn" label="结束日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {dialog === 'visit' && (
        <>
          <Form.Item
            name="enterpriseId"
            label="服务企业"
            rules={[{ required: true, message: '请选择企业' }]}
            extra="仅限有效合同内的企业"
          >
            <Select
              options={contracted.map((c) => ({ value: c.enterpriseId, label: c.enterpriseName }))}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
          <Form.Item name="visitedOn" label="服务日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="kind" label="服务类型" rules={[{ required: true }]}>
            <Select options={visitKinds.map((k) => ({ value: k, label: visitKindNames[k] }))} />
          </Form.Item>
          <Form.Item name="staffIds" label="服务人员">
            <Select
              mode="multiple"
              options={agency.staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="hazardsFound" label="发现隐患">
            <InputNumber min={0} precision={0} addonAfter="项" />
          </Form.Item>
          <Form.Item name="summary" label="服务内容" rules={[{ required: true, message: '请填写服务内容' }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
