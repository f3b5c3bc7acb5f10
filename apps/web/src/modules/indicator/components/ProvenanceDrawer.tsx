import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Table, Typography } from 'antd';
import { fmtTime } from '../../../components/format.ts';
import { GradeTag, type Accident } from '../../accident/index.ts';
import { type IndicatorRecords, fmtFigure, indicatorApi } from '../indicator.api.ts';

export interface ProvenanceTarget {
  key: string;
  division: string;
  year: number;
  to?: number;
}

/** 数据溯源: the accident records an indicator counts and the denominator rows it divides by. */
export function ProvenanceDrawer({
  target,
  onClose,
}: {
  target: ProvenanceTarget | null;
  onClose: () => void;
}) {
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  useEffect(() => setPage((p) => ({ ...p, current: 1 })), [target]);
  const data: IndicatorRecords | null =
    useQuery({
      queryKey: ['indicator', 'records', target, page],
      queryFn: () =>
        indicatorApi.records(target?.key ?? '', {
          division: target?.division,
          year: target?.year,
          to: target?.to,
          page: page.current,
          pageSize: page.pageSize,
        }),
      enabled: target !== null,
      placeholderData: keepPreviousData,
    }).data ?? null;

  const ind = data?.indicator;
  return (
    <Drawer
      title={ind ? `数据溯源：${ind.name}` : '数据溯源'}
      width={920}
      open={target !== null}
      onClose={onClose}
      destroyOnHidden
      data-testid="provenance"
    >
      {ind && data && (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="指标值">
              {fmtFigure(ind.value, ind.decimals)} {ind.unit}
            </Descriptions.Item>
            <Descriptions.Item label="公式">{ind.formula}</Descriptions.Item>
            <Descriptions.Item label={`分子（${data.counts}）`}>{ind.numerator}</Descriptions.Item>
            <Descriptions.Item label={`分母${ind.denominatorLabel ? `（${ind.denominatorLabel}）` : ''}`}>
              {ind.denominator ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>计入的事故记录（{data.records.total} 起）</Typography.Title>
          <Table<Accident>
            size="small"
            rowKey="id"
            dataSource={data.records.items}
            pagination={{
              ...page,
              total: data.records.total,
              onChange: (current, pageSize) => setPage({ current, pageSize }),
            }}
            columns={[
              { title: '时间', dataIndex: 'occurredAt', width: 140, render: (v: string) => fmtTime(v) },
              {
                title: '事故名称',
                dataIndex: 'title',
                render: (v: string, a) => <Link to={`/accidents/${a.id}`}>{v}</Link>,
              },
              { title: '区划', dataIndex: 'divisionName', width: 90 },
              { title: '类别', dataIndex: 'categoryName', width: 90 },
              {
                title: '等级',
                dataIndex: 'grade',
                width: 80,
                render: (_, a) => <GradeTag grade={a.grade} />,
              },
              { title: '死亡', dataIndex: 'deaths', width: 60, align: 'right' },
            ]}
          />
          {data.denominatorRows.length > 0 && (
            <>
              <Typography.Title level={5}>分母来源</Typography.Title>
              <Table
                size="small"
                rowKey={(r) => `${r.divisionCode}-${r.year}`}
                pagination={false}
                dataSource={data.denominatorRows}
                columns={[
                  { title: '区划', dataIndex: 'divisionName' },
                  { title: '年度', dataIndex: 'year', width: 80 },
                  { title: '数值', dataIndex: 'value', align: 'right' },
                  { title: '来源', dataIndex: 'source', render: (v: string | null) => v ?? '—' },
                ]}
              />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
