import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Table } from 'antd';
import { type Visit, agencyApi } from '../agency.api.ts';

/** 服务记录: the agency's visits to the enterprises it serves, newest first. */
export function VisitsCard({ agencyId, onAdd }: { agencyId: string; onAdd?: () => void }) {
  const [page, setPage] = useState(1);
  const { data = { items: [], total: 0 } } = useQuery({
    queryKey: ['agency', agencyId, 'visits', page],
    queryFn: () => agencyApi.visits(agencyId, { page, pageSize: 10 }),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      size="small"
      title={`服务记录（${data.total}）`}
      extra={
        onAdd && (
          <Button size="small" onClick={onAdd} data-testid="visit-add">
            登记服务记录
          </Button>
        )
      }
    >
      <Table<Visit>
        size="small"
        rowKey="id"
        dataSource={data.items}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: data.total,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: '日期', dataIndex: 'visitedOn', width: 110 },
          {
            title: '企业',
            dataIndex: 'enterpriseName',
            render: (_, v) => <Link to={`/enterprises/${v.enterpriseId}`}>{v.enterpriseName}</Link>,
          },
          { title: '类型', dataIndex: 'kindName', width: 90 },
          { title: '发现隐患', dataIndex: 'hazardsFound', width: 90, align: 'right' },
          { title: '内容', dataIndex: 'summary', ellipsis: true },
        ]}
      />
    </Card>
  );
}
