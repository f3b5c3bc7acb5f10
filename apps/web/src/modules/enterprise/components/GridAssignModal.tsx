import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Input, Select } from 'antd';
import { bulkGridAssignmentBody, gridAssignmentBody } from '@anjian/domain';
import { ApiError, isApiError } from '../../../api/client.ts';
import { parseInput } from '../../../api/validation.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type Enterprise, type Workload, enterpriseApi } from '../enterprise.api.ts';

interface Values {
  gridUserId?: string | null;
  industryDepartmentId?: string | null;
  industryPerson?: string;
  enterprisePerson?: string;
  focus?: string;
}

interface Props {
  /** Bulk: the selected enterprise ids (blank fields stay as they are). */
  ids?: string[];
  /** One enterprise: the form shows its current responsibility and saves every field (blank clears). */
  enterprise?: Enterprise | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Bulk problems name `enterpriseIds[i].gridUserId`: shown at the form's field, once per message. */
function perField(err: unknown): unknown {
  if (!isApiError(err) || !err.fieldIssues.length) return err;
  const seen = new Set<string>();
  const issues = err.fieldIssues
    .map((i) => ({ field: i.field.replace(/enterpriseIds\[\d+\]\./, ''), message: i.message }))
    .filter((i) => !seen.has(i.field + i.message) && Boolean(seen.add(i.field + i.message)));
  return new ApiError(err.status, err.code, err.message, issues);
}

const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** 网格责任分配: 属地责任人 (grid member), 行业监管部门 and its person, 企业主体责任人, 监管重点. */
export function GridAssignModal({ ids = [], enterprise, open, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const members: Workload[] =
    useQuery({
      queryKey: ['enterprise', 'coverage', null],
      queryFn: () => enterpriseApi.coverage(),
      enabled: open,
      select: (c) => c.workload,
    }).data ?? [];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (enterprise) {
      const g = enterprise.grid;
      form.setFieldsValue({
        gridUserId: g.gridUserId,
        industryDepartmentId: g.industryDepartmentId,
        industryPerson: g.industryPerson ?? undefined,
        enterprisePerson: g.enterprisePerson ?? undefined,
        focus: g.focus ?? undefined,
      });
    }
  }, [open, enterprise, form]);

  const submit = async (v: Values) => {
    const all = {
      gridUserId: v.gridUserId ?? null,
      industryDepartmentId: v.industryDepartmentId ?? null,
      industryPerson: blank(v.industryPerson),
      enterprisePerson: blank(v.enterprisePerson),
      focus: blank(v.focus),
    };
    if (enterprise) {
      await enterpriseApi.assignGrid(enterprise.id, parseInput(gridAssignmentBody, all));
      void message.success('网格责任已保存');
    } else {
      const given = Object.fromEntries(Object.entries(all).filter(([, x]) => x !== null));
      const r = await enterpriseApi.bulkAssign(
        parseInput(bulkGridAssignmentBody, { enterpriseIds: ids, ...given }),
      );
      void message.success(`已为 ${r.updated} 家企业分配网格责任`);
    }
    onSaved();
  };

  return (
    <FormModal<Values>
      title={enterprise ? `网格责任：${enterprise.name}` : `批量分配网格责任（已选 ${ids.length} 家）`}
      form={form}
      open={open}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      mapError={perField}
      width={560}
      layout="horizontal"
      labelCol={{ span: 7 }}
      wrapperCol={{ span: 16 }}
      submitText="保存"
      submitTestId="grid-form-submit"
      data-testid="grid-form"
    >
      {!enterprise && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="留空的项保持各企业原有设置；全部成功才会写入。"
        />
      )}
      <Form.Item name="gridUserId" label="属地责任人" extra="乡镇/村网格员，须管辖企业所在区划">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="选择网格员"
          data-testid="grid-user-select"
          aria-label="属地责任人"
          options={members.map((m) => ({
            value: m.userId,
            label: `${m.displayName}（${m.divisionName ? `${m.divisionName}，` : ''}${m.enterprises} 家）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="industryDepartmentId" label="行业监管部门">
        <DepartmentSelect data-testid="grid-department" />
      </Form.Item>
      <Form.Item name="industryPerson" label="行业监管责任人">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="enterprisePerson" label="企业主体责任人">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="focus" label="监管重点">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
