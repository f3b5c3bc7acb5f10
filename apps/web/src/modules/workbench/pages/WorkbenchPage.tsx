import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Badge, Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import type { WorkbenchDto } from '@anjian/domain';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.ts';

/**
 * 工作台: what the signed-in role must act on, with counts and links (issue 11). The server assembles
 * the items from every module's manifest `todos`, counted in the user's scope; one request, never refused.
 */
export default function WorkbenchPage() {
  const { t } = useI18n();
  const data = useQuery({
    queryKey: ['workbench'],
    queryFn: () => api.get<WorkbenchDto>('/workbench'),
    refetchOnWindowFocus: true,
  }).data;
  return (
    <PageContainer title={t('page.workbench')}>
      {!data ? (
        <Spin />
      ) : data.items.length === 0 ? (
        <Empty description={t('workbench.empty')} />
      ) : (
        <Row gutter={[12, 12]} data-testid="workbench">
          {data.items.map((i) => (
            <Col key={i.key} xs={24} sm={12} lg={8}>
              <Link to={i.link} data-testid={`todo-${i.key}`} aria-label={i.label}>
                <Card size="small" hoverable>
                  <div style={{ display: 'flex', alignItems: 'center', gap: 12, minHeight: 44 }}>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Typography.Text strong style={{ fontSize: 16 }}>
                        {i.label}
                      </Typography.Text>
                      {i.detail && (
                        <Typography.Paragraph
                          type="danger"
                          style={{ margin: '4px 0 0', fontSize: 13 }}
                          data-testid={`todo-detail-${i.key}`}
                        >
                          {i.detail}
                        </Typography.Paragraph>
                      )}
                    </div>
                    {i.count !== null && (
                      <Badge
                        count={i.count}
                        showZero
                        overflowCount={9999}
                        color={i.count > 0 ? '#fa541c' : '#bfbfbf'}
                        data-testid={`todo-count-${i.key}`}
                      />
                    )}
                    <RightOutlined style={{ color: '#bfbfbf' }} />
                  </div>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </PageContainer>
  );
}
