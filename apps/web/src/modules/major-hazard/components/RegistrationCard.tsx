import { useState } from 'react';
import {
  ProFormDatePicker,
  ProFormList,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  type EvaluationStatus,
  type GuarantorRole,
  evaluationStatusNames,
  guarantorRoleNames,
  guarantorRoles,
} from '@anjian/domain';
import { FormModal } from '../../../components/FormModal.tsx';
import { type UnitDetail, majorHazardApi } from '../major-hazard.api.ts';

type Registration = NonNullable<UnitDetail['registration']>;

const statusColor: Record<EvaluationStatus, string> = {
  ok: 'green',
  missing: 'red',
  changed: 'orange',
  overdue: 'red',
};

export const EvaluationTag = ({ status }: { status: EvaluationStatus }) => (
  <Tag color={statusColor[status]} data-testid="mh-evaluation-status">
    {evaluationStatusNames[status]}
  </Tag>
);

export const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

interface RegValues {
  recordNo?: string;
  registeredOn?: string;
  evaluatedOn?: string;
  guarantors: Partial<Record<GuarantorRole, { name?: string; title?: string; phone?: string }>>;
}

const noFuture = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'day');

/**
 * 备案, 安全评估 and 包保 of a major hazard source: what is recorded, what is missing or due, each 包保
 * role's duty progress this year; the enterprise fills it in and records the duties carried out.
 */
export function RegistrationCard({ unit, editable }: { unit: UnitDetail; editable: boolean }) {
  const qc = useQueryClient();
  const reg: Registration | null = unit.registration;
  const [editing, setEditing] = useState(false);
  const [duty, setDuty] = useState<GuarantorRole | null>(null);
  if (!reg) return null;
  const refresh = (u: UnitDetail) => {
    qc.setQueryData(['major-hazard', 'unit', unit.id], u);
    void qc.invalidateQueries({ queryKey: ['major-hazard'] });
  };
  const person = (role: GuarantorRole) => reg.guarantors.find((g) => g.role === role);

  return (
    <Card
      size="small"
      title="备案与包保"
      data-testid="mh-registration"
      extra={
        editable && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="mh-registration-edit">
            填报备案与包保
          </Button>
        )
      }
    >
      {reg.missingRoles.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={`未明确包保责任人：${reg.missingRoles.map((r) => guarantorRoleNames[r]).join('、')}`}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label="备案编号">{reg.recordNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="备案日期">{reg.registeredOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="安全评估日期">{reg.evaluatedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="下次评估到期">
          <Space size={4} wrap>
            {reg.evaluationDueOn ?? '—'}
            <EvaluationTag status={reg.evaluationStatus} />
          </Space>
        </Descriptions.Item>
        {guarantorRoles.map((role) => {
          const g = person(role);
          return (
            <Descriptions.Item key={role} label={guarantorRoleNames[role]}>
              {g ? [g.name, g.title, g.phone].filter(Boolean).join(' · ') : <Tag color="red">未明确</Tag>}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, marginBottom: 0 }}
        ellipsis={{ rows: 1, expandable: true, symbol: '依据' }}
      >
        {`评估周期 ${reg.evaluationRule.years} 年${reg.evaluationRule.verified ? '' : '（待核实）'}：${reg.evaluationRule.citation}`}
      </Typography.Paragraph>
      <Table
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        rowKey="role"
        dataSource={reg.duties}
        scroll={{ x: 520 }}
        data-testid="mh-duties"
        locale={{ emptyText: '明确包保责任人后按其履职周期生成履职任务并统计完成率' }}
        title={() => (
          <Space>
            <Typography.Text strong>本年度包保履职</Typography.Text>
            <span data-testid="mh-duty-rate">
              完成率 {pct(reg.rate)}（任务 {reg.tasksDone}/{reg.tasksDue}）
            </span>
          </Space>
        )}
        columns={[
          { title: '角色', dataIndex: 'roleName', width: 90 },
          {
            title: '周期',
            render: (_, d) => (
              <span title={d.cycle.citation}>
                {d.cycle.text}
                {!d.cycle.verified && <Typography.Text type="secondary">（待核实）</Typography.Text>}
              </span>
            ),
          },
          {
            title: '完成',
            render: (_, d) => (
              <Space size={4}>
                <Progress type="circle" size={28} percent={Math.round((d.rate ?? 0) * 100)} />
                {d.tasksDone}/{d.tasksDue}
              </Space>
            ),
          },
          { title: '上次', dataIndex: 'lastOn', render: (v: string | null) => v ?? '—' },
          {
            title: '下次应于',
            dataIndex: 'nextDueOn',
            render: (v: string, d) => (d.overdue ? <Tag color="red">{v} 已逾期</Tag> : v),
          },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'record',
                  render: (_: unknown, d: Registration['duties'][number]) => (
                    <a onClick={() => setDuty(d.role)} data-testid={`mh-duty-record-${d.role}`}>
                      记录履职
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<RegValues>
        title="备案与包保责任人"
        open={editing}
        onOpenChange={setEditing}
        dateFormatter="string"
        width={640}
        submitTestId="mh-registration-submit"
        initialValues={{
          recordNo: reg.recordNo ?? undefined,
          registeredOn: reg.registeredOn ?? undefined,
          evaluatedOn: reg.evaluatedOn ?? undefined,
          guarantors: Object.fromEntries(
            reg.guarantors.map((g) => [
              g.role,
              { name: g.name, title: g.title ?? undefined, phone: g.phone ?? undefined },
            ]),
          ),
        }}
        onSubmit={async (v) => {
          const guarantors = Object.fromEntries(
            guarantorRoles.map((role) => {
              const g = v.guarantors?.[role];
              return [
                role,
                g?.name?.trim()
                  ? { name: g.name.trim(), title: g.title || null, phone: g.phone || null }
                  : null,
              ];
            }),
          );
          refresh(
            await majorHazardApi.saveRegistration(unit.id, {
              recordNo: v.recordNo || null,
              registeredOn: v.registeredOn || null,
              evaluatedOn: v.evaluatedOn || null,
              guarantors,
            }),
          );
          setEditing(false);
        }}
      >
        <ProFormText name="recordNo" label="备案编号" fieldProps={{ maxLength: 50 }} />
        <ProFormDatePicker name="registeredOn" label="备案日期" fieldProps={{ disabledDate: noFuture }} />
        <ProFormDatePicker
          name="evaluatedOn"
          label="最近一次安全评估日期"
          extra="安全评估满三年或单元变更后需重新评估"
          fieldProps={{ disabledDate: noFuture }}
        />
        {guarantorRoles.map((role) => (
          <Space key={role} wrap align="start">
            <ProFormText
              name={['guarantors', role, 'name']}
              label={guarantorRoleNames[role]}
              placeholder="姓名"
              fieldProps={{ maxLength: 50, 'data-testid': `mh-guarantor-${role}` } as object}
            />
            <ProFormText name={['guarantors', role, 'title']} label="职务" fieldProps={{ maxLength: 50 }} />
            <ProFormText name={['guarantors', role, 'phone']} label="电话" fieldProps={{ maxLength: 30 }} />
          </Space>
        ))}
      </FormModal>
      <FormModal<{
        performedOn: string;
        note?: string;
        role: GuarantorRole;
        findings?: { location: string; description: string }[];
      }>
        title={duty ? `记录履职 · ${guarantorRoleNames[duty]}` : ''}
        open={duty !== null}
        onOpenChange={(o) => !o && setDuty(null)}
        dateFormatter="string"
        submitTestId="mh-duty-submit"
        initialValues={{ role: duty ?? undefined, performedOn: dayjs().format('YYYY-MM-DD') }}
        onSubmit={async (v) => {
          refresh(await majorHazardApi.recordDuty(unit.id, { ...v, role: duty!, note: v.note || null }));
          setDuty(null);
        }}
      >
        <ProFormSelect
          name="role"
          label="角色"
          disabled
          options={guarantorRoles.map((r) => ({ value: r, label: guarantorRoleNames[r] }))}
        />
        <ProFormDatePicker
          name="performedOn"
          label="履职日期"
          rules={[{ required: true }]}
          fieldProps={{ disabledDate: noFuture }}
        />
        <ProFormTextArea name="note" label="内容（检查、排查情况）" fieldProps={{ maxLength: 500 }} />
        <ProFormList
          name="findings"
          label="发现的隐患（提交后进入隐患排查治理，待监管部门评估）"
          creatorButtonProps={{ creatorButtonText: '添加隐患' }}
          max={20}
        >
          <Space align="start" wrap>
            <ProFormText
              name="location"
              label="部位"
              rules={[{ required: true, message: '请填写隐患部位' }]}
              fieldProps={{ maxLength: 200 }}
            />
            <ProFormText
              name="description"
              label="描述"
              rules={[{ required: true, message: '请填写隐患描述' }]}
              fieldProps={{ maxLength: 2000 }}
              width="md"
            />
          </Space>
        </ProFormList>
      </FormModal>
    </Card>
  );
}
