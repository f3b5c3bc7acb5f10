import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table, Tag, Typography } from 'antd';
import { fmtTime } from '../../../../components/format.ts';
import { type ChangeEntry, enterpriseApi } from '../../enterprise.api.ts';
import { fieldLabels, showValue } from '../../format.ts';

const sourceNames: Record<ChangeEntry['source'], string> = {
  create: '登记',
  update: '修改',
  status: '状态变更',
  grid: '网格责任',
  import: '导入',
};

const columns = [
  { title: '时间', dataIndex: 'at', width: 140, render: (v: string) => fmtTime(v) },
  {
    title: '操作人',
    key: 'who',
    width: 170,
    render: (_: unknown, c: ChangeEntry) => (
      <>
        {c.username ?? '系统'} {c.byEnterprise && <Tag color="purple">企业填报</Tag>}
      </>
    ),
  },
  {
    title: '类型',
    dataIndex: 'source',
    width: 90,
    render: (v: ChangeEntry['source']) => sourceNames[v] ?? v,
  },
  {
    title: '变更内容',
    key: 'changes',
    render: (_: unknown, c: ChangeEntry) => (
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {Object.entries(c.changes).map(([field, d]) => (
          <li key={field}>
            <Typography.Text strong>{fieldLabels[field] ?? field}</Typography.Text>：
            <Typography.Text delete type="secondary">
              {showValue(d.before)}
            </Typography.Text>{' '}
            → {showValue(d.after)}
          </li>
        ))}
      </ul>
    ),
  },
];

/** 变更记录: every edit field by field; "企业填报" narrows it to the enterprise account's own edits. */
export function ChangeLog({ id }: { id: string }) {
  const [who, setWho] = useState<'all' | 'enterprise'>('all');
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['enterprise', id, 'changes', who, page],
    queryFn: () =>
      enterpriseApi.changes(id, {
        page,
        pageSize: 10,
        byEnterprise: who === 'enterprise' ? 'true' : undefined,
      }),
    placeholderData: keepPreviousData,
  });
  const data = q.data ?? { items: [], total: 0 };

  return (
    <Card
      size="small"
      title="变更记录"
      data-testid="change-log"
      extra={
        <Segmented
          size="small"
          value={who}
          onChange={(v) => {
            setWho(v as 'all' | 'enterprise');
            setPage(1);
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'enterprise', label: '企业填报' },
          ]}
        />
      }
    >
      <Table<ChangeEntry>
        size="small"
        rowKey="id"
        loading={q.isFetching}
        columns={columns}
        dataSource={data.items}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: data.total,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
      />
    </Card>
  );
}
