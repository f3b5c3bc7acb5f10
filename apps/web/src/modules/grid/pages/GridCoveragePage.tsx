import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { type Coverage, type CoverageRow, type Workload, enterpriseApi } from '../../enterprise/index.ts';

const listLink = (query: Record<string, string>) => `/enterprises?${new URLSearchParams(query).toString()}`;

function GapLink({
  n,
  division,
  gap,
  testId,
}: {
  n: number;
  division: string;
  gap: string;
  testId?: string;
}) {
  if (n === 0) return <Typography.Text type="success">0</Typography.Text>;
  return (
    <Link to={listLink({ divisionCode: division, gap })} data-testid={testId}>
      <Typography.Text type="danger" strong>
        {n}
      </Typography.Text>
    </Link>
  );
}

/**
 * 网格责任覆盖: per division the live enterprises without a 属地责任人 or a 行业监管部门 ("横向到边、纵向到底"
 * gaps, each a drill-down to the filtered list), and every grid member's workload.
 */
export default function GridCoveragePage() {
  const { t } = useI18n();
  const [division, setDivision] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['enterprise', 'coverage', division],
    queryFn: () => enterpriseApi.coverage(division ?? undefined),
    placeholderData: keepPreviousData,
  });
  const data: Coverage | null = q.data ?? null;
  const loading = q.isFetching;

  const rowColumns = [
    {
      title: '区划',
      dataIndex: 'name',
      render: (name: string, r: CoverageRow) => (
        <Typography.Link onClick={() => setDivision(r.code)} data-testid={`coverage-drill-${r.code}`}>
          {name}
        </Typography.Link>
      ),
    },
    { title: '在营企业', dataIndex: 'total', align: 'right' as const },
    {
      title: '无属地责任人',
      dataIndex: 'noTerritorial',
      align: 'right' as const,
      render: (n: number, r: CoverageRow) => (
        <GapLink n={n} division={r.code} gap="territorial" testId={`gap-territorial-${r.code}`} />
      ),
    },
    {
      title: '无行业监管部门',
      dataIndex: 'noIndustry',
      align: 'right' as const,
      render: (n: number, r: CoverageRow) => (
        <GapLink n={n} division={r.code} gap="industry" testId={`gap-industry-${r.code}`} />
      ),
    },
  ];
  const workColumns = [
    { title: '网格员', dataIndex: 'displayName' },
    { title: '网格（区划）', dataIndex: 'divisionName' },
    {
      title: '负责企业',
      dataIndex: 'enterprises',
      align: 'right' as const,
      sorter: (a: Workload, b: Workload) => a.enterprises - b.enterprises,
      render: (n: number, w: Workload) => <Link to={listLink({ gridUserId: w.userId })}>{n}</Link>,
    },
  ];

  const code = data?.division.code ?? '';
  return (
    <PageContainer
      title={t('page.gridCoverage')}
      extra={
        <div style={{ width: 240 }}>
          <DivisionTreeSelect
            value={division}
            onChange={setDivision}
            placeholder="选择区划（默认本级）"
            data-testid="coverage-division"
          />
        </div>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={8}>
            <Card size="small" loading={loading && !data}>
              <Statistic
                title={`${data?.division.name ?? ''} 在营企业`}
                value={data?.totals.total ?? 0}
                suffix="家"
              />
            </Card>
          </Col>
          <Col xs={12} sm={8}>
            <Card size="small" loading={loading && !data}>
              <Statistic
                title={<Link to={listLink({ divisionCode: code, gap: 'territorial' })}>无属地责任人</Link>}
                value={data?.totals.noTerritorial ?? 0}
                valueStyle={{ color: data?.totals.noTerritorial ? '#cf1322' : '#389e0d' }}
                suffix="家"
              />
            </Card>
          </Col>
          <Col xs={12} sm={8}>
            <Card size="small" loading={loading && !data}>
              <Statistic
                title={<Link to={listLink({ divisionCode: code, gap: 'industry' })}>无行业监管部门</Link>}
                value={data?.totals.noIndustry ?? 0}
                valueStyle={{ color: data?.totals.noIndustry ? '#d4380d' : '#389e0d' }}
                suffix="家"
              />
            </Card>
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <Card size="small" title="各区划责任缺口（横向到边、纵向到底）">
              <Table<CoverageRow>
                size="small"
                rowKey="code"
                loading={loading}
                columns={rowColumns}
                dataSource={data?.divisions ?? []}
                pagination={false}
                data-testid="coverage-table"
                locale={{ emptyText: '无下级区划' }}
              />
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card size="small" title="网格员工作量">
              <Table<Workload>
                size="small"
                rowKey="userId"
                loading={loading}
                columns={workColumns}
                dataSource={data?.workload ?? []}
                pagination={{ pageSize: 15, hideOnSinglePage: true }}
                data-testid="workload-table"
              />
            </Card>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
