import { useState } from 'react';
import { ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { Button, Card, DatePicker, Form, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { supplementBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { fmtTime } from '../../../components/format.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type AccidentDetail, type Casualties, type Supplement, accidentApi } from '../accident.api.ts';
import { GradePreview } from './GradePreview.tsx';
import { GradeTag } from './GradeTag.tsx';

type Values = Casualties & { reportedAt?: Dayjs; note: string };
const brief = (c: Casualties) =>
  `死亡 ${c.deaths}，重伤 ${c.seriousInjuries}，轻伤 ${c.minorInjuries}，失踪 ${c.missing}，损失 ${c.directLoss} 万元`;

/** 补报: casualty changes within 30 days (7 for road traffic and fire); each may change the grade. */
export function SupplementsCard({
  accident,
  canWrite,
  onChanged,
}: {
  accident: AccidentDetail;
  canWrite: boolean;
  onChanged: (a: AccidentDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const watch = Form.useWatch([], form);
  const closed = dayjs().isAfter(accident.supplementDeadline);

  const submit = async (v: Values) => {
    const body = { ...v, reportedAt: v.reportedAt ? v.reportedAt.format() : undefined };
    const data = parseInput(supplementBody, body);
    onChanged(await accidentApi.addSupplement(accident.id, data));
  };

  return (
    <Card
      title="补报记录"
      size="small"
      data-testid="supplements"
      extra={
        <>
          <Typography.Text type={closed ? 'secondary' : undefined} style={{ fontSize: 12, marginRight: 8 }}>
            补报截止：{fmtTime(accident.supplementDeadline)}
          </Typography.Text>
          {canWrite && (
            <Button size="small" onClick={() => setOpen(true)} data-testid="supplement-add">
              补报
            </Button>
          )}
        </>
      }
    >
      <Table<Supplement>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={accident.supplements}
        locale={{ emptyText: '无补报' }}
        columns={[
          { title: '补报时间', dataIndex: 'reportedAt', width: 140, render: (v: string) => fmtTime(v) },
          { title: '补报前', render: (_, s) => brief(s.before) },
          { title: '补报后', render: (_, s) => brief(s.after) },
          {
            title: '等级变化',
            width: 150,
            render: (_, s) =>
              s.gradeBefore === s.gradeAfter ? (
                <GradeTag grade={s.gradeAfter} />
              ) : (
                <>
                  <GradeTag grade={s.gradeBefore} /> → <GradeTag grade={s.gradeAfter} />
                </>
              ),
          },
          { title: '说明', dataIndex: 'note' },
        ]}
      />
      <FormModal<Values>
        dateFormatter={false}
        title="事故补报"
        form={form}
        open={open}
        onOpenChange={setOpen}
        onSubmit={submit}
        width={560}
        initialValues={{
          deaths: accident.deaths,
          seriousInjuries: accident.seriousInjuries,
          minorInjuries: accident.minorInjuries,
          missing: accident.missing,
          directLoss: accident.directLoss,
        }}
        submitTestId="supplement-submit"
      >
        <Form.Item name="reportedAt" label="补报时间" extra="留空为当前时间">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <ProFormDigit
          name="deaths"
          label="死亡（人）"
          fieldProps={{ precision: 0 }}
          min={0}
          rules={[{ required: true }]}
        />
        <ProFormDigit
          name="seriousInjuries"
          label="重伤（含急性工业中毒）"
          fieldProps={{ precision: 0 }}
          min={0}
          rules={[{ required: true }]}
        />
        <ProFormDigit
          name="minorInjuries"
          label="轻伤（人）"
          fieldProps={{ precision: 0 }}
          min={0}
          rules={[{ required: true }]}
        />
        <ProFormDigit
          name="missing"
          label="失踪（人）"
          fieldProps={{ precision: 0 }}
          min={0}
          rules={[{ required: true }]}
        />
        <ProFormDigit
          name="directLoss"
          label="直接经济损失（万元）"
          fieldProps={{ precision: 2 }}
          min={0}
          rules={[{ required: true }]}
        />
        <GradePreview input={watch ?? {}} />
        <ProFormTextArea
          name="note"
          label="补报说明"
          fieldProps={{ maxLength: 1000 }}
          rules={[{ required: true, message: '请填写补报说明' }]}
          style={{ marginTop: 12 }}
        />
      </FormModal>
    </Card>
  );
}
