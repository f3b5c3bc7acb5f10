import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Col, Descriptions, Row, Space } from 'antd';
import { type HazardAction, hazardActionNames } from '@anjian/domain';
import { useDetail } from '../../../components/use-detail.tsx';
import { fmtTime } from '../../../components/format.ts';
import { type HazardDetail, hazardApi } from '../hazard.api.ts';
import { HazardTags, LevelTag, fmtDeadline } from '../components/HazardTags.tsx';
import { HazardOrigin } from '../components/HazardOrigin.tsx';
import { HazardTimeline } from '../components/HazardTimeline.tsx';
import { PhotoStrip } from '../components/PhotoStrip.tsx';
import { StepModal } from '../components/StepModal.tsx';
import { SensitivityField } from '../components/SensitivityField.tsx';

const danger = new Set<HazardAction>(['reject']);

/** 隐患详情: the record, photos, 五落实 plan, 挂牌督办, the timeline and buttons for exactly the allowed steps. */
export default function HazardDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [action, setAction] = useState<HazardAction | null>(null);
  const detail = useDetail<HazardDetail>({
    queryKey: ['hazard', id],
    queryFn: () => hazardApi.get(id),
    notFound: { title: '隐患不存在或不在您的管辖范围内', backTo: '/hazards' },
  });

  if (detail.view) return detail.view;
  const hazard = detail.data;
  const photos = hazard.events.flatMap((e) => e.photos);
  const s = hazard.supervision;

  return (
    <PageContainer
      title={`隐患 · ${hazard.enterprise.name}`}
      onBack={() => void navigate(-1)}
      tags={[
        <LevelTag key="l" level={hazard.level} />,
        <HazardTags key="s" h={hazard} testId="hazard-status" />,
      ]}
      extra={
        <Space wrap data-testid="hazard-actions">
          {hazard.allowedActions.map((a) => (
            <Button
              key={a}
              type={danger.has(a) ? 'default' : 'primary'}
              danger={danger.has(a)}
              data-testid={`hazard-action-${a}`}
              onClick={() => setAction(a)}
            >
              {hazardActionNames[a]}
            </Button>
          ))}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title="隐患信息" data-testid="hazard-summary">
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label="企业">{hazard.enterprise.name}</Descriptions.Item>
                <Descriptions.Item label="区划 / 行业">
                  {hazard.divisionName} / {hazard.sectorName}
                </Descriptions.Item>
                <Descriptions.Item label="来源">{hazard.source}</Descriptions.Item>
                <Descriptions.Item label="密级">
                  <SensitivityField hazard={hazard} />
                </Descriptions.Item>
                <Descriptions.Item label="排查清单条目">{hazard.checklistItem ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="发现时间">{fmtTime(hazard.foundAt)}</Descriptions.Item>
                <Descriptions.Item label="上报">
                  {hazard.reportedBy.name ?? '—'} · {fmtTime(hazard.reportedAt)}
                </Descriptions.Item>
                <Descriptions.Item label="整改期限">{fmtDeadline(hazard)}</Descriptions.Item>
                <Descriptions.Item label="验收不通过">{hazard.rejections} 次</Descriptions.Item>
                {hazard.acceptedAt && (
                  <Descriptions.Item label="销号时间">{fmtTime(hazard.acceptedAt)}</Descriptions.Item>
                )}
                <Descriptions.Item label="地点" span={2}>
                  {hazard.location}
                </Descriptions.Item>
                <Descriptions.Item label="隐患描述" span={2}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{hazard.description}</span>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title={`照片（${photos.length}）`}>
              <PhotoStrip photos={photos} />
            </Card>
            {(hazard.level === '重大' || hazard.plan) && (
              <Card size="small" title="五落实整改方案" data-testid="hazard-plan">
                {hazard.plan ? (
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label="责任人">{hazard.plan.responsiblePerson}</Descriptions.Item>
                    <Descriptions.Item label="资金">{hazard.plan.funds} 万元</Descriptions.Item>
                    <Descriptions.Item label="时限">{hazard.plan.deadline}</Descriptions.Item>
                    <Descriptions.Item label="措施" span={2}>
                      {hazard.plan.measures}
                    </Descriptions.Item>
                    <Descriptions.Item label="应急预案" span={2}>
                      {hazard.plan.contingencyPlan}
                    </Descriptions.Item>
                  </Descriptions>
                ) : (
                  '尚未提交（重大隐患开始整改前须落实责任、措施、资金、时限和预案）'
                )}
              </Card>
            )}
            {s && (
              <Card size="small" title="挂牌督办" data-testid="hazard-supervision">
                <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                  <Descriptions.Item label="督办机关">{s.authority ?? s.divisionCode}</Descriptions.Item>
                  <Descriptions.Item label="督办期限">
                    {s.deadline ?? '—'}
                    {s.overdue && <span style={{ color: '#cf1322' }}>（已超期）</span>}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            )}
            <HazardOrigin hazardId={hazard.id} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <HazardTimeline hazard={hazard} />
        </Col>
      </Row>
      <StepModal
        hazard={hazard}
        action={action}
        onClose={() => {
          setAction(null);
          void detail.reload();
        }}
        onDone={(h) => {
          setAction(null);
          detail.set(h);
        }}
      />
    </PageContainer>
  );
}
