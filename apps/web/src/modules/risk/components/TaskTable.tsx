import { Button, Space, Table, Tag } from 'antd';
import { fmtTime } from '../../../components/format.ts';
import type { CheckTask } from '../risk.api.ts';
import { DeleteButton, EditButton } from './RowActions.tsx';

/** The 隐患排查任务 of a unit: cycle, last check, next due (with 已逾期) and the record / edit / delete actions. */
export function TaskTable({
  tasks,
  canWrite,
  onRecord,
  onEdit,
  onDelete,
}: {
  tasks: CheckTask[];
  canWrite: boolean;
  onRecord: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const cols = [
    { title: '排查内容', dataIndex: 'content', render: (c: string | null) => c ?? '—' },
    { title: '周期', dataIndex: ['cycle', 'text'], width: 64 },
    { title: '责任人', dataIndex: 'responsiblePerson', width: 72, render: (c: string | null) => c ?? '—' },
    { title: '上次排查', dataIndex: 'lastCheckedAt', width: 120, render: fmtTime },
    {
      title: '下次到期',
      dataIndex: 'nextDue',
      width: 140,
      render: (d: string, t: CheckTask) => (
        <Space size={4}>
          {fmtTime(d)}
          {t.overdue && <Tag color="red">已逾期</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'op',
      width: 176,
      render: (_: unknown, t: CheckTask) =>
        canWrite && (
          <Space size={0}>
            <Button size="small" type="link" data-testid="task-record" onClick={() => onRecord(t.id)}>
              记录排查
            </Button>
            <EditButton testId="task-edit" onClick={() => onEdit(t.id)} />
            <DeleteButton onConfirm={() => onDelete(t.id)} />
          </Space>
        ),
    },
  ];
  return (
    <Table<CheckTask>
      rowKey="id"
      size="small"
      pagination={false}
      columns={cols}
      dataSource={tasks}
      data-testid="task-table"
    />
  );
}
