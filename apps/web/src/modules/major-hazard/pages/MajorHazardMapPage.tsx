import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Empty, List, Row, Space, Statistic, Typography } from 'antd';
import { type MajorHazardLevel, majorHazardLevels } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { type EChartsOption, tooltipLines } from '../../../components/charts/echarts.ts';
import { ZhongweiChart, useZhongweiMap, zhongweiGeo } from '../../../components/charts/zhongwei-map.tsx';
import { type Unit, majorHazardApi } from '../major-hazard.api.ts';
import { LevelTag, levelHex } from '../components/LevelTag.tsx';

interface Source {
  enterpriseId: string;
  name: string;
  level: MajorHazardLevel;
  units: Unit[];
  lon: number;
  lat: number;
}

interface Datum {
  name: string;
  value: [number, number];
  id: string;
}

const noUnits: Unit[] = [];
const rank = (l: MajorHazardLevel) => majorHazardLevels.indexOf(l);

/** 重大危险源分布图: enterprises with major hazard sources, coloured by their most severe level. */
export default function MajorHazardMapPage() {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  const { data } = useQuery({
    queryKey: ['major-hazard', 'map'],
    queryFn: () => majorHazardApi.list({ majorOnly: 'true', page: 1, pageSize: 200 }),
  });
  const units = data?.items ?? noUnits;
  const sources = useMemo(() => {
    const by = new Map<string, Source>();
    for (const u of units) {
      if (!u.level || u.longitude === null || u.latitude === null) continue;
      const s = by.get(u.enterpriseId);
      if (!s)
        by.set(u.enterpriseId, {
          enterpriseId: u.enterpriseId,
          name: u.enterpriseName,
          level: u.level,
          units: [u],
          lon: u.longitude,
          lat: u.latitude,
        });
      else {
        s.units.push(u);
        if (rank(u.level) < rank(s.level)) s.level = u.level;
      }
    }
    return [...by.values()];
  }, [units]);
  const counts = Object.fromEntries(
    majorHazardLevels.map((l) => [l, units.filter((u) => u.level === l).length]),
  ) as Record<MajorHazardLevel, number>;
  const map = useZhongweiMap();
  const option = useMemo<EChartsOption | null>(() => {
    if (!map.names) return null;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; data: Datum }) => tooltipLines(p.data.name, p.seriesName),
      },
      legend: { bottom: 0, left: 8, itemWidth: 12, itemHeight: 10 },
      geo: zhongweiGeo('#f6f8fb'),
      series: majorHazardLevels.map((l) => ({
        type: 'scatter',
        name: `${l}重大危险源`,
        coordinateSystem: 'geo',
        symbolSize: 14 - rank(l) * 2,
        itemStyle: { color: levelHex[l], opacity: 0.9, borderColor: '#fff', borderWidth: 1 },
        emphasis: { scale: 1.6 },
        data: sources
          .filter((s) => s.level === l)
          .map((s) => ({ name: s.name, value: [s.lon, s.lat], id: s.enterpriseId })),
      })),
    };
  }, [map.names, sources]);
  const ent = sources.find((s) => s.enterpriseId === picked) ?? null;
  const withoutPosition = units.filter((u) => u.longitude === null || u.latitude === null).length;

  return (
    <PageContainer title={t('page.majorHazardMap')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            <Space size={24} wrap style={{ padding: '4px 8px' }} data-testid="mh-map-counts">
              {majorHazardLevels.map((l) => (
                <Statistic key={l} title={l} value={counts[l]} valueStyle={{ color: levelHex[l] }} />
              ))}
            </Space>
            <ZhongweiChart
              map={map}
              option={option}
              height="calc(100vh - 300px)"
              aria-label="中卫市重大危险源分布图"
              data-testid="mh-map"
              exposeAs="__anjianMajorHazardMap"
              onClick={(e) => {
                const id = (e.data as Partial<Datum> | undefined)?.id;
                if (id) setPicked(id);
              }}
            />
            {withoutPosition > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                另有 {withoutPosition} 个重大危险源所在企业未登记坐标，未在图上标出。
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            size="small"
            title={ent ? ent.name : '重大危险源企业'}
            data-testid="mh-map-list"
            extra={ent && <a onClick={() => setPicked(null)}>返回列表</a>}
          >
            {!ent ? (
              <List
                size="small"
                dataSource={sources}
                locale={{ emptyText: <Empty description="辖区内暂无重大危险源" /> }}
                renderItem={(s) => (
                  <List.Item
                    style={{ cursor: 'pointer' }}
                    onClick={() => setPicked(s.enterpriseId)}
                    data-testid="mh-map-enterprise"
                  >
                    <Space wrap>
                      <LevelTag level={s.level} isMajor />
                      <span>{s.name}</span>
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <List
                size="small"
                dataSource={ent.units}
                renderItem={(u) => (
                  <List.Item>
                    <Space wrap>
                      <LevelTag level={u.level} isMajor={u.isMajor} />
                      <Link to={`/major-hazard/units/${u.id}`}>{u.name}</Link>
                      <Typography.Text type="secondary">R = {u.R}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
