import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { monitoringAlarmKindNames } from '@anjian/domain';
import { type EChartsOption, tooltipLines } from '../../../components/charts/echarts.ts';
import { ZhongweiChart, useZhongweiMap, zhongweiGeo } from '../../../components/charts/zhongwei-map.tsx';
import { fmtTime } from '../../../components/format.ts';
import { type MonitoringAlarm, type MonitoringAlarmMap, monitoringApi } from '../monitoring.api.ts';
import { bySeverity, kindColor, kindHex, num } from './kinds.ts';

type Item = MonitoringAlarmMap['items'][number];
interface Datum {
  name: string;
  value: [number, number];
  id: string;
  counts: string;
}

const REFRESH_MS = 15_000;
const noItems: Item[] = [];
const countsText = (i: Item) =>
  bySeverity
    .filter((k) => i.open[k] > 0)
    .map((k) => `${monitoringAlarmKindNames[k]} ${i.open[k]}`)
    .join(' · ');

/**
 * 报警分布图: the enterprises in scope with open alarms on the 中卫 outlines, coloured by their worst open
 * alarm; beside it the open alarms (of the enterprise picked on the map), each opening its point's trend.
 */
export function AlarmMap({ onOpenTrend }: { onOpenTrend: (a: MonitoringAlarm) => void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const mapQ = useQuery({
    queryKey: ['monitoring', 'alarm-map'],
    queryFn: monitoringApi.alarmMap,
    refetchInterval: REFRESH_MS,
  });
  const listQ = useQuery({
    queryKey: ['monitoring', 'open-alarms', picked],
    queryFn: () =>
      monitoringApi.alarms({ status: 'open', page: 1, pageSize: 50, enterpriseId: picked ?? undefined }),
    refetchInterval: REFRESH_MS,
  });
  const items = mapQ.data?.items ?? noItems;
  const map = useZhongweiMap();
  const option = useMemo<EChartsOption | null>(() => {
    if (!map.names) return null;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; data: Datum }) =>
          tooltipLines(p.data.name, `最严重：${p.seriesName}`, p.data.counts),
      },
      legend: { bottom: 0, left: 8, itemWidth: 12, itemHeight: 10 },
      geo: zhongweiGeo('#f6f8fb'),
      series: bySeverity.map((k, rank) => ({
        type: 'scatter',
        name: monitoringAlarmKindNames[k],
        coordinateSystem: 'geo',
        // A series on the geo inherits its tooltip settings, and zhongweiGeo turns them off (the regions').
        tooltip: { show: true },
        symbolSize: 14 - rank * 2,
        emphasis: { scale: 1.6 },
        itemStyle: { color: kindHex[k], opacity: 0.9, borderColor: '#fff', borderWidth: 1 },
        data: items
          .filter((i) => i.worst === k && i.longitude !== null && i.latitude !== null)
          .map((i) => ({
            name: i.enterpriseName,
            value: [i.longitude!, i.latitude!],
            id: i.enterpriseId,
            counts: countsText(i),
          })),
      })),
    };
  }, [map.names, items]);
  const total = (k: keyof Item['open']) => items.reduce((n, i) => n + i.open[k], 0);
  const ent = items.find((i) => i.enterpriseId === picked) ?? null;
  const unplaced = items.filter((i) => i.longitude === null || i.latitude === null).length;
  const alarms = listQ.data?.items ?? [];

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={15}>
        <Card size="small" styles={{ body: { padding: 8 } }}>
          <Space size={24} wrap style={{ padding: '4px 8px' }} data-testid="monitoring-map-counts">
            <Statistic title="报警企业" value={items.length} />
            {bySeverity.map((k) => (
              <Statistic
                key={k}
                title={monitoringAlarmKindNames[k]}
                value={total(k)}
                valueStyle={{ color: kindHex[k] }}
              />
            ))}
          </Space>
          <ZhongweiChart
            map={map}
            option={option}
            height={420}
            aria-label="中卫市在线监测报警分布图"
            data-testid="monitoring-map"
            exposeAs="__anjianMonitoringMap"
            onClick={(e) => {
              const id = (e.data as Partial<Datum> | undefined)?.id;
              if (id) setPicked(id);
            }}
          />
          {unplaced > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              另有 {unplaced} 家报警企业未登记坐标，未在图上标出（见右侧列表）。
            </Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <Card
          size="small"
          title={ent ? `${ent.enterpriseName}：未消除报警` : '未消除报警'}
          extra={ent && <a onClick={() => setPicked(null)}>全部企业</a>}
          data-testid="monitoring-map-list"
          styles={{ body: { maxHeight: 470, overflowY: 'auto' } }}
        >
          <List
            size="small"
            loading={listQ.isLoading}
            dataSource={alarms}
            locale={{ emptyText: <Empty description="辖区内暂无未消除的报警" /> }}
            renderItem={(a) => (
              <List.Item
                style={{ cursor: 'pointer' }}
                onClick={() => onOpenTrend(a)}
                data-testid="monitoring-map-alarm"
              >
                <Space direction="vertical" size={0} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color={kindColor[a.kind]}>{monitoringAlarmKindNames[a.kind]}</Tag>
                    <span>{a.enterpriseName}</span>
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {a.unitName} · {a.pointName}（{a.pointCode}） {num(a.value, a.uom)} ·{' '}
                    {fmtTime(a.raisedAt)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {listQ.data && listQ.data.total > alarms.length && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              共 {listQ.data.total} 条，此处列最近 {alarms.length} 条，全部见下表。
            </Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
