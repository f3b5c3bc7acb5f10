import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Empty, List, Row, Space, Statistic, Typography } from 'antd';
import { type RiskColor, riskColorNames } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { riskHex } from '../../../components/RiskColorTag.tsx';
import { RiskMap } from '../components/RiskMap.tsx';
import { GradeTag } from '../components/UnitPanel.tsx';
import { type RiskMapCounts, type RiskMapItem, riskApi } from '../risk.api.ts';

const colors: RiskColor[] = ['red', 'orange', 'yellow', 'blue'];
// Stable while loading, so that the map's option is not rebuilt on every render.
const noItems: RiskMapItem[] = [];
const noCounts: RiskMapCounts = { red: 0, orange: 0, yellow: 0, blue: 0, none: 0 };

/** 四色风险图: the enterprises with risk units by derived grade; a point lists its units. */
export default function RiskMapPage() {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  const { data } = useQuery({ queryKey: ['risk', 'map'], queryFn: riskApi.map });
  const items = data?.items ?? noItems;
  const counts = data?.counts ?? noCounts;
  const ent = items.find((i) => i.id === picked) ?? null;

  return (
    <PageContainer title={t('page.riskMap')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            <Space size={24} wrap style={{ padding: '4px 8px' }} data-testid="risk-map-counts">
              {colors.map((c) => (
                <Statistic
                  key={c}
                  title={`${riskColorNames[c]}色`}
                  value={counts[c]}
                  valueStyle={{ color: riskHex[c] === '#fadb14' ? '#d4b106' : riskHex[c] }}
                />
              ))}
              <Statistic title="未评估" value={counts.none} />
            </Space>
            <RiskMap items={items} counts={counts} onPick={setPicked} height="calc(100vh - 300px)" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            size="small"
            title={ent ? ent.name : '企业风险单元'}
            data-testid="risk-map-units"
            extra={ent && <a onClick={() => setPicked(null)}>返回列表</a>}
          >
            {!ent ? (
              <>
                <Typography.Paragraph type="secondary">
                  点击地图上的企业（或下列企业）查看其风险分析单元
                </Typography.Paragraph>
                <List
                  size="small"
                  dataSource={items}
                  locale={{ emptyText: <Empty description="暂无有风险分析单元的企业" /> }}
                  renderItem={(i) => (
                    <List.Item
                      style={{ cursor: 'pointer' }}
                      onClick={() => setPicked(i.id)}
                      data-testid="risk-map-enterprise"
                    >
                      <Space wrap>
                        <GradeTag unit={i} />
                        <span>{i.name}</span>
                      </Space>
                    </List.Item>
                  )}
                />
              </>
            ) : (
              <List
                size="small"
                dataSource={ent.units}
                locale={{ emptyText: '无风险分析单元' }}
                renderItem={(u) => (
                  <List.Item>
                    <Space wrap>
                      <GradeTag unit={u} />
                      <Link to={`/risk/model?enterpriseId=${ent.id}&unitId=${u.id}`}>{u.name}</Link>
                    </Space>
                  </List.Item>
                )}
                footer={<Link to={`/risk/model?enterpriseId=${ent.id}`}>进入风险分级管控 →</Link>}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
