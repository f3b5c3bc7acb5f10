import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Space, Table, Typography } from 'antd';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { majorHazardApi } from '../major-hazard.api.ts';
import { pct } from '../components/RegistrationCard.tsx';

/** The regulator's view of 包保: per enterprise its major hazard sources, gaps and this year's completion. */
export default function BaobaoPage() {
  const { t } = useI18n();
  const [divisionCode, setDivisionCode] = useState<string | undefined>();
  const q = useQuery({
    queryKey: ['major-hazard', 'baobao', divisionCode],
    queryFn: () => majorHazardApi.baobao({ divisionCode }),
  });
  const cycles = useQuery({ queryKey: ['major-hazard', 'cycles'], queryFn: majorHazardApi.dutyCycles });
  return (
    <PageContainer title={t('page.majorHazardBaobao')}>
      <Card size="small">
        <Space wrap style={{ marginBottom: 8 }}>
          <span>县区</span>
          <div style={{ width: 220 }}>
            <DivisionTreeSelect value={divisionCode} onChange={(v) => setDivisionCode(v ?? undefined)} />
          </div>
          {q.data && (
            <Typography.Text type="secondary">
              统计期 {q.data.from} 至 {q.data.today}；完成率 = 已完成的履职任务 ÷ 已到期或已完成的任务
            </Typography.Text>
          )}
        </Space>
        <Table
          size="small"
          rowKey="enterpriseId"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          data-testid="mh-baobao-table"
          columns={[
            {
              title: '企业',
              dataIndex: 'enterpriseName',
              render: (v: string, e) => (
                <Link to={`/major-hazard/units?majorOnly=true&enterpriseId=${e.enterpriseId}`}>{v}</Link>
              ),
            },
            { title: '县区', dataIndex: 'divisionName', width: 100 },
            { title: '重大危险源', dataIndex: 'sources', width: 90, align: 'right' },
            {
              title: '包保人缺失',
              dataIndex: 'missingGuarantors',
              width: 100,
              align: 'right',
              render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
            },
            {
              title: '评估待办',
              dataIndex: 'evaluationGaps',
              width: 90,
              align: 'right',
              render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
            },
            {
              title: '履职任务完成',
              width: 150,
              align: 'right',
              render: (_, e) => `${e.tasksDone}/${e.tasksDue}（${pct(e.rate)}）`,
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
          <Link to="/major-hazard/duty-cycles">履职周期</Link>：
          {(cycles.data ?? [])
            .map((c) => `${c.roleName}${c.text}${c.verified ? '' : '（待核实）'}`)
            .join('；')}
          。完成率 = 有履职记录的周期数 / 已到期的周期数（仅统计已明确的包保责任人）。
        </Typography.Paragraph>
      </Card>
    </PageContainer>
  );
}
