import { useState } from 'react';
import { ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Button, Card, DatePicker, Form, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReportLevel, type StepStatus, reportStepBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { fmtTime } from '../../../components/format.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type AccidentDetail, accidentApi } from '../accident.api.ts';

const statusColor: Record<StepStatus, string> = {
  on_time: 'green',
  late: 'red',
  pending: 'blue',
  overdue: 'volcano',
};
const minutes = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} 小时 ${m % 60} 分` : `${m} 分钟`);

interface StepValues {
  level: ReportLevel;
  reportedAt: Dayjs;
  reportedBy?: string;
  note?: string;
}

/** 事故报告时限: county within 1 h, each level up within 2 h, as far as the grade requires (条例 第九至十一条). */
export function ReportTimeline({
  accident,
  canWrite,
  onChanged,
}: {
  accident: AccidentDetail;
  canWrite: boolean;
  onChanged: (a: AccidentDetail) => void;
}) {
  const [form] = Form.useForm<StepValues>();
  const [open, setOpen] = useState(false);
  const missing = accident.timeline.filter((s) => !s.reportedAt);

  const submit = async (v: StepValues) => {
    const body = {
      level: v.level,
      reportedAt: v.reportedAt ? v.reportedAt.format() : '',
      reportedBy: v.reportedBy || null,
      note: v.note || null,
    };
    const data = parseInput(reportStepBody, body);
    onChanged(await accidentApi.addReportStep(accident.id, data));
  };

  return (
    <Card
      title="逐级上报时间线"
      size="small"
      data-testid="report-timeline"
      extra={
        canWrite && missing.length > 0 ? (
          <Button size="small" onClick={() => setOpen(true)} data-testid="report-step-add">
            登记上报
          </Button>
        ) : null
      }
    >
      <Timeline
        items={accident.timeline.map((s) => ({
          color: statusColor[s.status],
          children: (
            <div data-testid={`report-step-${s.level}`}>
              <Typography.Text strong>{s.levelName}</Typography.Text>{' '}
              <Tag color={statusColor[s.status]}>{s.statusName}</Tag>
              {!s.required && <Tag>超出本等级要求</Tag>}
              <div style={{ fontSize: 12 }}>
                时限：{fmtTime(s.deadline)}；上报：{fmtTime(s.reportedAt)}
                {s.reportedBy ? `（${s.reportedBy}）` : ''}
                {s.minutesLate > 0 && (
                  <Typography.Text type="danger">；超时 {minutes(s.minutesLate)}</Typography.Text>
                )}
              </div>
            </div>
          ),
        }))}
      />
      <FormModal<StepValues>
        dateFormatter={false}
        title="登记上报"
        form={form}
        open={open}
        onOpenChange={setOpen}
        onSubmit={submit}
        width={480}
        submitTestId="report-step-submit"
      >
        <ProFormSelect
          name="level"
          label="上报至"
          options={missing.map((s) => ({ value: s.level, label: s.levelName }))}
          rules={[{ required: true, message: '请选择层级' }]}
        />
        <Form.Item name="reportedAt" label="上报时间" rules={[{ required: true, message: '请选择上报时间' }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <ProFormText name="reportedBy" label="报告人/单位" fieldProps={{ maxLength: 100 }} />
        <ProFormText name="note" label="备注" fieldProps={{ maxLength: 500 }} />
      </FormModal>
    </Card>
  );
}
