import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, DatePicker, Form, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { type HazardStats, hazardApi } from '../hazard.api.ts';
import { StatsCharts } from '../components/StatsCharts.tsx';

const TARGET_REPORTING = 0.94;
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

/** 隐患统计: rates, the 94 % reporting target and the breakdowns; scope applies on the server. */
export default function HazardStatsPage() {
  const { t } = useI18n();
  const [divisionCode, setDivision] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = {
    divisionCode,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const stats: HazardStats | null =
    useQuery({
      queryKey: ['hazard', 'stats', query],
      queryFn: () => hazardApi.stats(query),
      placeholderData: keepPreviousData,
    }).data ?? null;

  const share = stats?.reportingShare ?? null;
  const kpi = (title: string, value: string | number, extra?: React.ReactNode, id?: string) => (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" data-testid={id}>
        <Statistic title={title} value={value} />
        {extra}
      </Card>
    </Col>
  );

  return (
    <PageContainer title={t('page.hazardStats')}>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="行政区划">
          <DivisionTreeSelect value={divisionCode} onChange={(v) => setDivision(v ?? undefined)} />
        </Form.Item>
        <Form.Item label="上报时段">
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
        </Form.Item>
      </Form>
      {!stats ? (
        <PageLoading />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="hazard-stats">
          <Row gutter={[16, 16]}>
            {kpi(
              '隐患总数',
              stats.total,
              <Typography.Text type="secondary">
                已销号 {stats.accepted} · 未销号 {stats.open}
              </Typography.Text>,
              'stats-total',
            )}
            {kpi('整改率', pct(stats.rectificationRate), undefined, 'stats-rectification-rate')}
            {kpi(
              '超期率',
              pct(stats.overdueRate),
              <Typography.Text type="secondary">
                逾期未改 {stats.overdue} · 超期销号 {stats.closedLate}
              </Typography.Text>,
            )}
            {kpi('未销号重大隐患', stats.openMajor, <Link to="/hazards?level=重大">查看</Link>)}
            {kpi('自查自改自报占比', pct(stats.selfFoundShare))}
            {kpi(
              '企业上报率',
              pct(share),
              <Space size={4} wrap>
                <Typography.Text type="secondary">
                  {stats.reportingEnterprises}/{stats.enterprisesInScope} 家
                </Typography.Text>
                {share !== null && (
                  <Tag color={share >= TARGET_REPORTING ? 'success' : 'error'}>目标 ≥ 94 %</Tag>
                )}
              </Space>,
              'stats-reporting-share',
            )}
          </Row>
          <StatsCharts stats={stats} />
          <Typography.Text type="secondary">
            统计时点 {stats.asOf}；时段 {stats.period.from ?? '—'} 至 {stats.period.to ?? '—'}
          </Typography.Text>
        </Space>
      )}
    </PageContainer>
  );
}
