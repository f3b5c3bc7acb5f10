import { useState } from 'react';
import type { ZodType } from 'zod';
import { ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Button, Card, Form, Table, Tag, Timeline, Typography } from 'antd';
import { type MeasureStatus, followUpBody, measureBody, measureStatusNames } from '@anjian/domain';
import { lookup } from '../../../api/lookup.ts';
import { parseInput } from '../../../api/validation.ts';
import { fmtDate, fmtTime } from '../../../components/format.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { type Investigation, type Measure, accidentApi } from '../accident.api.ts';

const statusColor: Record<MeasureStatus, string> = { open: 'orange', done: 'blue', verified: 'green' };
type Dialog = { kind: 'measure' } | { kind: 'followUp'; measure: Measure } | null;

/** 整改措施: each measure's owner and deadline, its follow-ups, until verified (销号). */
export function MeasuresCard({
  accidentId,
  investigation,
  canWrite,
  onChanged,
}: {
  accidentId: string;
  investigation: Investigation;
  canWrite: boolean;
  onChanged: (i: Investigation) => void;
}) {
  const [form] = Form.useForm();
  const [dialog, setDialog] = useState<Dialog>(null);

  const send = async <T,>(schema: ZodType<T>, value: unknown, call: (body: T) => Promise<Investigation>) => {
    const data = parseInput(schema, value);
    onChanged(await call(data));
    setDialog(null);
  };

  return (
    <Card
      title={`整改措施（未完成 ${investigation.openMeasures}，逾期 ${investigation.overdueMeasures}）`}
      size="small"
      data-testid="measures"
      extra={
        canWrite && investigation.status !== 'closed' ? (
          <Button size="small" onClick={() => setDialog({ kind: 'measure' })} data-testid="measure-add">
            添加整改措施
          </Button>
        ) : null
      }
    >
      <Table<Measure>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={investigation.measures}
        locale={{ emptyText: '暂无整改措施' }}
        expandable={{
          rowExpandable: (m) => m.followups.length > 0,
          expandedRowRender: (m) => (
            <Timeline
              items={m.followups.map((f) => ({
                color: lookup(statusColor, f.statusAfter),
                children: `${fmtTime(f.at)} ${lookup(measureStatusNames, f.statusAfter) ?? f.statusAfter}：${f.note}`,
              }))}
            />
          ),
        }}
        columns={[
          { title: '整改内容', dataIndex: 'content' },
          {
            title: '责任人',
            render: (_, m) => (m.ownerUnit ? `${m.owner}（${m.ownerUnit}）` : m.owner),
            width: 180,
          },
          {
            title: '期限',
            dataIndex: 'deadline',
            width: 110,
            render: (v: string, m) => (
              <Typography.Text type={m.overdue ? 'danger' : undefined}>{fmtDate(v)}</Typography.Text>
            ),
          },
          {
            title: '状态',
            width: 160,
            render: (_, m) => (
              <>
                <Tag color={lookup(statusColor, m.status)}>{m.statusName}</Tag>
                {m.overdue && <Tag color="red">逾期</Tag>}
              </>
            ),
          },
          {
            title: '跟踪',
            width: 90,
            render: (_, m) =>
              canWrite && m.status !== 'verified' ? (
                <Button size="small" type="link" onClick={() => setDialog({ kind: 'followUp', measure: m })}>
                  跟踪
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal
        title={dialog?.kind === 'followUp' ? `跟踪：${dialog.measure.content}` : '添加整改措施'}
        form={form}
        open={dialog !== null}
        onOpenChange={(o) => !o && setDialog(null)}
        width={520}
        submitTestId="measure-submit"
        onSubmit={async (v: Record<string, string | undefined>) =>
          dialog?.kind === 'followUp'
            ? send(followUpBody, v, (b) => accidentApi.followUp(accidentId, dialog.measure.id, b))
            : send(measureBody, { ...v, ownerUnit: v.ownerUnit || null }, (b) =>
                accidentApi.addMeasure(accidentId, b),
              )
        }
      >
        {dialog?.kind === 'followUp' ? (
          <>
            <ProFormSelect
              name="status"
              label="整改状态"
              options={Object.entries(measureStatusNames).map(([value, label]) => ({ value, label }))}
              rules={[{ required: true, message: '请选择状态' }]}
            />
            <ProFormTextArea
              name="note"
              label="跟踪情况"
              fieldProps={{ maxLength: 1000 }}
              rules={[{ required: true, message: '请填写跟踪情况' }]}
            />
          </>
        ) : (
          <>
            <ProFormTextArea
              name="content"
              label="整改内容"
              fieldProps={{ maxLength: 1000 }}
              rules={[{ required: true, message: '请填写整改内容' }]}
            />
            <ProFormText
              name="owner"
              label="责任人"
              fieldProps={{ maxLength: 100 }}
              rules={[{ required: true, message: '请填写责任人' }]}
            />
            <ProFormText name="ownerUnit" label="责任单位" fieldProps={{ maxLength: 100 }} />
            <ProFormDatePicker
              name="deadline"
              label="整改期限"
              fieldProps={{ format: 'YYYY-MM-DD' }}
              rules={[{ required: true, message: '请选择期限' }]}
            />
          </>
        )}
      </FormModal>
    </Card>
  );
}
