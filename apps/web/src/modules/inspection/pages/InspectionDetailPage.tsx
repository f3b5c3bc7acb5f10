import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import type { Inspection } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { useDetail } from '../../../components/use-detail.tsx';
import { fmtTime } from '../../../components/format.ts';
import { inspectionApi } from '../inspection.api.ts';

/** One inspection on a phone: what was found, each finding's deadline and review, the documents as PDF. */
export default function InspectionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const detail = useDetail<Inspection>({
    queryKey: ['inspection', id],
    queryFn: () => inspectionApi.get(id),
    notFound: { title: t('inspection.notFound'), backTo: '/inspections' },
  });
  if (detail.view) return detail.view;
  const insp = detail.data;
  return (
    <PageContainer title={t('page.inspection')} onBack={() => history.back()}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} data-testid="inspection-facts">
            <Descriptions.Item label="被检查单位">{insp.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label="检查时间">{fmtTime(insp.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="检查人员">{insp.inspectedBy ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={insp.status === 'closed' ? 'green' : 'orange'}>
                {t(`inspection.status.${insp.status}`)}
              </Tag>
            </Descriptions.Item>
            {insp.measures.length > 0 && (
              <Descriptions.Item label="现场处理措施">{insp.measures.join('、')}</Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card size="small" title={t('inspection.findings')} data-testid="inspection-findings">
          <List
            size="small"
            dataSource={insp.findings}
            locale={{ emptyText: t('inspection.noFindings') }}
            renderItem={(f) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space size={4} wrap>
                      <span>{f.description}</span>
                      {f.level === '重大' && <Tag color="red">重大</Tag>}
                      {f.review?.rectified ? (
                        <Tag color="green">{t('inspection.rectified')}</Tag>
                      ) : (
                        <Tag color="orange">{t('inspection.open')}</Tag>
                      )}
                    </Space>
                  }
                  description={
                    <Typography.Text type="secondary">
                      {f.location} · {t('inspection.deadline')} {f.deadline} · {f.legalBasis}
                      {f.review?.comment ? ` · 复查：${f.review.comment}` : ''}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={t('inspection.documents')} data-testid="inspection-documents">
          <List
            size="small"
            dataSource={insp.documents}
            renderItem={(d) => (
              <List.Item
                actions={[
                  <Button
                    key="pdf"
                    size="small"
                    type="primary"
                    href={inspectionApi.documentUrl(insp.id, d.id)}
                    target="_blank"
                    data-testid={`document-pdf-${d.id}`}
                  >
                    PDF
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={d.title}
                  description={
                    <Space size={4} wrap>
                      {d.number}
                      {d.status === 'withdrawn' && <Tag>已撤回</Tag>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
