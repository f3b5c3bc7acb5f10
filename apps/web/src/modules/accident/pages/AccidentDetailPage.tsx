import { useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tabs, Tag } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { lookup } from '../../../api/lookup.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useDetail } from '../../../components/use-detail.tsx';
import { fmtDate, fmtTime } from '../../../components/format.ts';
import { type AccidentDetail, type Investigation, accidentApi } from '../accident.api.ts';
import { GradeTag } from '../components/GradeTag.tsx';
import { InvestigationForm } from '../components/InvestigationForm.tsx';
import { MeasuresCard } from '../components/MeasuresCard.tsx';
import { ReportTimeline } from '../components/ReportTimeline.tsx';
import { SupplementsCard } from '../components/SupplementsCard.tsx';
import { fmtLoss } from '../format.ts';

const investigationColor = { investigating: 'blue', concluded: 'orange', closed: 'green' } as const;

/** 事故详情: the report, its reporting timeline, supplements and the investigation (查处督办). */
export default function AccidentDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const onError = useApiError();
  const navigate = useNavigate();
  const detail = useDetail({
    queryKey: ['accident', id],
    queryFn: async () => {
      const [accident, investigation] = await Promise.all([
        accidentApi.get(id),
        accidentApi.investigation(id),
      ]);
      return { accident, investigation };
    },
    notFound: { title: '事故不存在或不在您的管辖范围内', backTo: '/accidents' },
  });

  if (detail.view) return detail.view;
  const { accident, investigation } = detail.data;
  const setAccident = (a: AccidentDetail) => detail.set((d) => ({ ...d, accident: a }));
  const setInvestigation = (i: Investigation) => detail.set((d) => ({ ...d, investigation: i }));
  const canWrite = can('accident.write');
  const canInvestigate = can('accident.investigate');
  const close = async () => {
    try {
      setInvestigation(await accidentApi.close(id));
      void message.success('查处督办已完成');
    } catch (err) {
      onError(err);
    }
  };

  return (
    <PageContainer
      title={accident.title}
      onBack={() => void navigate(-1)}
      tags={[
        <GradeTag key="g" grade={accident.grade} testId="accident-grade" />,
        <Tag key="c">{accident.categoryName}</Tag>,
      ]}
    >
      <Card size="small" style={{ marginBottom: 16 }} data-testid="accident-summary">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="事故时间">
            {fmtTime(accident.occurredAt)}（{accident.statYear} 年度）
          </Descriptions.Item>
          <Descriptions.Item label="区划">{accident.divisionName}</Descriptions.Item>
          <Descriptions.Item label="地点">
            {accident.location ?? '—'}
            {accident.longitude !== null &&
              accident.latitude !== null &&
              `（${accident.longitude}, ${accident.latitude}）`}
          </Descriptions.Item>
          <Descriptions.Item label="事故单位">{accident.enterpriseName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="事故类型（GB 6441）">
            {accident.accidentType} {accident.accidentTypeName}
          </Descriptions.Item>
          <Descriptions.Item label="直接经济损失">{fmtLoss(accident.directLoss)}</Descriptions.Item>
          <Descriptions.Item label="伤亡">
            死亡 {accident.deaths}，重伤 {accident.seriousInjuries}（含急性工业中毒），轻伤{' '}
            {accident.minorInjuries}，失踪 {accident.missing}
          </Descriptions.Item>
          <Descriptions.Item label="定级依据" span={2}>
            {accident.gradeBasis.join('；')}（{accident.gradeRuleVersion}）
          </Descriptions.Item>
          {accident.description && (
            <Descriptions.Item label="简要经过" span={3}>
              {accident.description}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Tabs
        items={[
          {
            key: 'report',
            label: '报告与补报',
            children: (
              <Row gutter={16}>
                <Col xs={24} lg={10}>
                  <ReportTimeline accident={accident} canWrite={canWrite} onChanged={setAccident} />
                </Col>
                <Col xs={24} lg={14}>
                  <SupplementsCard accident={accident} canWrite={canWrite} onChanged={setAccident} />
                </Col>
              </Row>
            ),
          },
          {
            key: 'investigation',
            label: '查处督办',
            children: (
              <Space direction="vertical" style={{ width: '100%' }} size={16}>
                <Card
                  size="small"
                  title={
                    <Space>
                      调查处理{' '}
                      <Tag
                        color={lookup(investigationColor, investigation.status)}
                        data-testid="investigation-status"
                      >
                        {investigation.statusName}
                      </Tag>
                    </Space>
                  }
                  extra={
                    canInvestigate && investigation.status === 'concluded' ? (
                      <Popconfirm
                        title="确认所有整改措施已核查销号，完成查处督办？"
                        onConfirm={() => void close()}
                      >
                        <Button size="small" type="primary">
                          完成督办
                        </Button>
                      </Popconfirm>
                    ) : investigation.closedAt ? (
                      `完成于 ${fmtDate(investigation.closedAt)}`
                    ) : null
                  }
                >
                  <InvestigationForm
                    accidentId={id}
                    investigation={investigation}
                    disabled={!canInvestigate || investigation.status === 'closed'}
                    onSaved={setInvestigation}
                  />
                </Card>
                <MeasuresCard
                  accidentId={id}
                  investigation={investigation}
                  canWrite={canInvestigate}
                  onChanged={setInvestigation}
                />
              </Space>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
