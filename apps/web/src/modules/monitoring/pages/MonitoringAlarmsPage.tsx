import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Drawer, Input, Modal, Segmented, Space, Tag } from 'antd';
import { type MonitoringAlarmKind, monitoringAlarmKindNames } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { fmtTime } from '../../../components/format.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { type MonitoringAlarm, monitoringApi } from '../monitoring.api.ts';
import { AlarmMap } from '../components/AlarmMap.tsx';
import { kindColor, num } from '../components/kinds.ts';
import { TrendChart } from './TrendChart.tsx';

/**
 * 在线监测预警: for a regulator the city's open alarms on the map with a list beside it; the alarms in scope
 * (open by default), 确认 with a note, a point's trend in a drawer.
 */
export default function MonitoringAlarmsPage() {
  const { t } = useI18n();
  const onError = useApiError();
  const { can, me } = useAuth();
  const queryClient = useQueryClient();
  const actionRef = useRef<ActionType>(null);
  const [trend, setTrend] = useState<MonitoringAlarm | null>(null);
  const [minutes, setMinutes] = useState(60);

  const acknowledge = (a: MonitoringAlarm) => {
    let comment = '';
    Modal.confirm({
      title: `确认报警：${a.enterpriseName} ${a.pointName}（${a.pointCode}）`,
      content: (
        <Input.TextArea
          maxLength={500}
          placeholder="处置说明（可选）"
          onChange={(e) => (comment = e.target.value)}
          data-testid="alarm-ack-comment"
        />
      ),
      okText: '确认',
      cancelText: '取消',
      onOk: async () => {
        try {
          await monitoringApi.acknowledge(a.id, comment.trim() ? { comment: comment.trim() } : {});
          void actionRef.current?.reload();
          void queryClient.invalidateQueries({ queryKey: ['monitoring'] });
        } catch (err) {
          onError(err);
        }
      },
    });
  };

  const columns: ProColumns<MonitoringAlarm>[] = [
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: { open: { text: '未消除' }, all: { text: '全部' } },
      initialValue: 'open',
      hideInTable: true,
    },
    {
      title: '类型',
      dataIndex: 'kind',
      valueType: 'select',
      valueEnum: Object.fromEntries(
        Object.entries(monitoringAlarmKindNames).map(([k, v]) => [k, { text: v }]),
      ),
      width: 90,
      render: (_, a) => <Tag color={kindColor[a.kind]}>{monitoringAlarmKindNames[a.kind]}</Tag>,
    },
    { title: '企业', dataIndex: 'enterpriseName', search: false, ellipsis: true },
    { title: '单元', dataIndex: 'unitName', search: false, ellipsis: true },
    {
      title: '点位',
      dataIndex: 'pointName',
      search: false,
      render: (_, a) => (
        <a onClick={() => setTrend(a)} data-testid="alarm-trend">
          {a.pointName}（{a.pointCode}）
        </a>
      ),
    },
    {
      title: '报警值 / 阈值 / 峰值',
      dataIndex: 'value',
      search: false,
      width: 200,
      render: (_, a) => `${num(a.value, a.uom)} / ${num(a.threshold, a.uom)} / ${num(a.peak, a.uom)}`,
    },
    {
      title: '报警时间',
      dataIndex: 'raisedAt',
      search: false,
      width: 150,
      render: (_, a) => fmtTime(a.raisedAt),
    },
    {
      title: '消除时间',
      dataIndex: 'clearedAt',
      search: false,
      width: 150,
      render: (_, a) => (a.clearedAt ? fmtTime(a.clearedAt) : <Tag color="red">未消除</Tag>),
    },
    {
      title: '确认',
      dataIndex: 'acknowledgedAt',
      search: false,
      width: 160,
      render: (_, a) =>
        a.acknowledgedAt ? `${a.acknowledgedBy ?? ''} ${fmtTime(a.acknowledgedAt)}` : <Tag>未确认</Tag>,
    },
    {
      title: '隐患',
      dataIndex: 'hazardId',
      search: false,
      width: 80,
      render: (_, a) => (a.hazardId ? <Link to={`/hazards/${a.hazardId}`}>查看</Link> : '—'),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      render: (_, a) =>
        !a.acknowledgedAt && can('monitoring.ack') ? (
          <a key="ack" onClick={() => acknowledge(a)} data-testid="alarm-ack">
            确认
          </a>
        ) : null,
    },
  ];

  return (
    <PageContainer title={t('page.monitoring')}>
      {me && !me.user.enterpriseId && <AlarmMap onOpenTrend={setTrend} />}
      <ListTable<MonitoringAlarm, { status?: 'open' | 'all'; kind?: MonitoringAlarmKind }>
        actionRef={actionRef}
        columns={columns}
        data-testid="monitoring-alarms-table"
        fetch={(p) =>
          monitoringApi.alarms({
            page: p.page,
            pageSize: p.pageSize,
            status: p.status ?? 'open',
            kind: p.kind,
          })
        }
        options={{ setting: false }}
        scroll={{ x: 1200 }}
      />
      <Drawer
        open={trend !== null}
        width={720}
        title={trend ? `${trend.unitName} · ${trend.pointName}（${trend.pointCode}）` : ''}
        onClose={() => setTrend(null)}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Segmented
            value={minutes}
            onChange={(v) => setMinutes(Number(v))}
            options={[
              { label: '1 小时', value: 60 },
              { label: '6 小时', value: 360 },
              { label: '24 小时', value: 1440 },
            ]}
          />
          {trend && <TrendChart pointId={trend.pointId} minutes={minutes} />}
        </Space>
      </Drawer>
    </PageContainer>
  );
}
