import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import {
  Button,
  Card,
  Col,
  Popconfirm,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TaskState } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { PlanForm } from '../components/PlanForm.tsx';
import {
  type SelfInspectionPlan,
  type SelfInspectionStats,
  type SelfInspectionTask,
  selfInspectionApi,
  taskStateNames,
} from '../self-inspection.api.ts';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

/**
 * 企业自查: the completion rate with its parts, the periodic tasks (an enterprise fills in the current
 * or a missed one) and the plans. Regulators see the enterprises of their scope, and the rate by county.
 */
export default function SelfInspectionPage() {
  const { t } = useI18n();
  const { me, can } = useAuth();
  const onError = useApiError();
  const canWrite = can('selfcheck.write');
  const ownEnterprise = me?.user.enterpriseId ?? null;
  const queryClient = useQueryClient();
  const [state, setState] = useState<TaskState | 'all'>('all');
  const [formOpen, setFormOpen] = useState(false);
  const stats: SelfInspectionStats | null =
    useQuery({ queryKey: ['self-inspection', 'stats'], queryFn: () => selfInspectionApi.stats({}) }).data ??
    null;
  const tasks: SelfInspectionTask[] =
    useQuery({
      queryKey: ['self-inspection', 'tasks', state],
      queryFn: () =>
        selfInspectionApi.tasks({ state: state === 'all' ? undefined : state }).then((r) => r.items),
      placeholderData: keepPreviousData,
    }).data ?? [];
  const plans: SelfInspectionPlan[] =
    useQuery({
      queryKey: ['self-inspection', 'plans'],
      queryFn: () => selfInspectionApi.plans({}).then((r) => r.items),
    }).data ?? [];
  const reload = () => queryClient.invalidateQueries({ queryKey: ['self-inspection'] });

  const setActive = async (p: SelfInspectionPlan, active: boolean) => {
    try {
      await selfInspectionApi.updatePlan(p.id, { active });
      await reload();
    } catch (err) {
      onError(err);
    }
  };

  const kpi = (title: string, value: string | number, id?: string) => (
    <Col xs={12} md={6} xl={3}>
      <Card size="small" data-testid={id}>
        <Statistic title={title} value={value} />
      </Card>
    </Col>
  );
  const countCols = [
    { title: '应完成', dataIndex: 'due', width: 80 },
    { title: '按期完成', dataIndex: 'onTime', width: 90 },
    { title: '逾期补录', dataIndex: 'late', width: 90 },
    { title: '未完成', dataIndex: 'missed', width: 80 },
    { title: '完成率', dataIndex: 'completionRate', width: 90, render: pct },
  ];

  const taskTable = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented<TaskState | 'all'>
        value={state}
        onChange={setState}
        options={[
          { value: 'all', label: '全部' },
          ...(Object.keys(taskStateNames) as TaskState[]).map((s) => ({
            value: s,
            label: taskStateNames[s].text,
          })),
        ]}
        data-testid="task-state-filter"
      />
      <Table<SelfInspectionTask>
        rowKey="id"
        size="small"
        dataSource={tasks}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 760 }}
        data-testid="self-task-table"
        columns={[
          { title: '周期', dataIndex: 'periodKey', width: 110 },
          {
            title: '计划',
            dataIndex: 'planName',
            width: 220,
            render: (n: string, r) => `${n}（${r.frequencyName}）`,
          },
          ...(ownEnterprise ? [] : [{ title: '企业', dataIndex: 'enterpriseName' }]),
          {
            title: '起止',
            key: 'range',
            width: 190,
            render: (_: unknown, r) => `${r.periodStart} ~ ${r.periodEnd}`,
          },
          {
            title: '状态',
            dataIndex: 'state',
            width: 100,
            render: (s: TaskState) => <Tag color={taskStateNames[s].color}>{taskStateNames[s].text}</Tag>,
          },
          { title: '发现隐患', dataIndex: 'hazardIds', width: 90, render: (h: string[]) => h.length },
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, r) => (
              <Link to={`/self-inspection/tasks/${r.id}`} data-testid="self-task-open">
                {canWrite && !r.doneAt ? '填写' : '查看'}
              </Link>
            ),
          },
        ]}
      />
    </Space>
  );

  const planTable = (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && ownEnterprise && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setFormOpen(true)}
          data-testid="plan-new"
        >
          新建自查计划
        </Button>
      )}
      <Table<SelfInspectionPlan>
        rowKey="id"
        size="small"
        dataSource={plans}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="plan-table"
        columns={[
          {
            title: '计划',
            dataIndex: 'name',
            width: 200,
            render: (n: string, p) => (
              <Space size={4}>
                {n}
                {!p.active && <Tag>已停用</Tag>}
              </Space>
            ),
          },
          ...(ownEnterprise ? [] : [{ title: '企业', dataIndex: 'enterpriseName' }]),
          { title: '频次', dataIndex: 'frequencyName', width: 70 },
          { title: '条目', key: 'items', width: 60, render: (_: unknown, p) => p.items.length },
          { title: '负责人', dataIndex: 'assignee', width: 90, render: (a: string | null) => a ?? '—' },
          {
            title: '起止',
            key: 'range',
            width: 190,
            render: (_: unknown, p) => `${p.startsOn} ~ ${p.endsOn ?? ''}`,
          },
          ...countCols.map((c) => ({ ...c, dataIndex: ['tasks', c.dataIndex] })),
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'op',
                  width: 80,
                  render: (_: unknown, p: SelfInspectionPlan) => (
                    <Popconfirm
                      title={p.active ? '停用后不再生成新的周期任务，已有任务保留' : '重新启用该计划？'}
                      onConfirm={() => void setActive(p, !p.active)}
                    >
                      <Button size="small" type="link">
                        {p.active ? '停用' : '启用'}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );

  return (
    <PageContainer title={t('page.selfInspection')}>
      {stats && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="self-stats">
          {kpi('自查完成率', pct(stats.completionRate), 'self-rate')}
          {kpi('应完成任务', stats.due)}
          {kpi('按期完成', stats.onTime)}
          {kpi('逾期补录', stats.late)}
          {kpi('未完成', stats.missed)}
          {kpi('本期待完成', stats.pending)}
          {kpi('自查发现隐患', stats.hazardsFound)}
          {kpi('参与企业', stats.enterprises)}
        </Row>
      )}
      <Typography.Paragraph type="secondary">
        完成率 = 周期内完成的任务 ÷ 应完成的任务（周期已结束或已完成）；逾期补录不计入按期完成。
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'tasks', label: '自查任务', children: taskTable },
          { key: 'plans', label: '自查计划', children: planTable },
          ...(stats && !ownEnterprise
            ? [
                {
                  key: 'divisions',
                  label: '按区县',
                  children: (
                    <Table
                      rowKey="key"
                      size="small"
                      pagination={false}
                      dataSource={stats.byDivision}
                      columns={[
                        { title: '区县', dataIndex: 'name' },
                        { title: '企业', dataIndex: 'enterprises', width: 80 },
                        ...countCols,
                      ]}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {ownEnterprise && (
        <PlanForm
          enterpriseId={ownEnterprise}
          open={formOpen}
          onClose={() => setFormOpen(false)}
          onSaved={() => {
            setFormOpen(false);
            void reload();
          }}
        />
      )}
    </PageContainer>
  );
}
