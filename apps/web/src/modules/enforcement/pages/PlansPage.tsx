import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Empty, Form, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';
import { type InspectionPlan, enforcementApi } from '../enforcement.api.ts';

/** 年度监督检查计划 (planned / drawn / done per month) and the plan's published 双随机 draws with their seeds. */
export default function PlansPage() {
  const { t } = useI18n();
  const plans = useQuery({
    queryKey: ['enforcement-plans'],
    queryFn: () => enforcementApi.plans({ pageSize: 50 }),
  });
  const items = plans.data?.items ?? [];
  return (
    <PageContainer title={t('page.enforcementPlans')}>
      {items.length === 0 && !plans.isLoading ? <Empty description="暂无检查计划" /> : null}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {items.map((p) => (
          <PlanCard key={p.id} plan={p} />
        ))}
      </Space>
    </PageContainer>
  );
}

function PlanCard({ plan }: { plan: InspectionPlan }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ month: number; targetCount: number }>();
  const draws = useQuery({
    queryKey: ['enforcement-draws', plan.id],
    queryFn: () => enforcementApi.draws(plan.id),
  });

  const draw = async () => {
    const v = await form.validateFields();
    try {
      const d = await enforcementApi.draw(plan.id, v);
      void message.success(`已抽取 ${d.assignments.length} 家企业，种子 ${d.seed}`);
      setOpen(false);
      void client.invalidateQueries({ queryKey: ['enforcement-draws', plan.id] });
      void client.invalidateQueries({ queryKey: ['enforcement-plans'] });
    } catch (err) {
      onError(err, form);
    }
  };

  return (
    <Card
      size="small"
      title={`${plan.title}（${plan.divisionName} ${plan.year}）`}
      extra={
        <Button type="primary" data-testid={`plan-draw-${plan.id}`} onClick={() => setOpen(true)}>
          双随机抽取
        </Button>
      }
    >
      <p>
        检查频次（次/年）：红 {plan.frequency.red} · 橙 {plan.frequency.orange} · 黄 {plan.frequency.yellow} ·
        蓝 {plan.frequency.blue}
      </p>
      <Table
        rowKey="month"
        size="small"
        pagination={false}
        dataSource={plan.coverage}
        columns={[
          { title: '月份', dataIndex: 'month', render: (m: number) => `${m} 月` },
          { title: '计划', dataIndex: 'planned' },
          { title: '已抽取', dataIndex: 'drawn' },
          { title: '已检查', dataIndex: 'done' },
        ]}
      />
      <h4 style={{ marginTop: 16 }}>已公开的抽取结果</h4>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={draws.data ?? []}
        data-testid="draws-table"
        columns={[
          {
            title: '公开时间',
            dataIndex: 'publishedAt',
            width: 180,
            render: (v: string) => v.slice(0, 16).replace('T', ' '),
          },
          { title: '月份', dataIndex: 'month', width: 60 },
          {
            title: '种子 / 算法',
            key: 'seed',
            render: (_, d) => <code>{`${d.seed} · ${d.algorithm}`}</code>,
          },
          {
            title: '结果',
            key: 'a',
            render: (_, d) =>
              d.assignments.map((a) => (
                <div key={a.seq}>
                  {a.seq}. {a.enterprise.name}：{a.inspectors.map((i) => i.name).join('、')}
                  {a.inspectedOn && <Tag color="green">已检查 {a.inspectedOn}</Tag>}
                </div>
              )),
          },
          {
            title: '可复算',
            dataIndex: 'reproducible',
            width: 80,
            render: (v: boolean) => (v ? <Tag color="green">是</Tag> : <Tag color="red">否</Tag>),
          },
        ]}
      />
      <Modal
        open={open}
        title="双随机抽取"
        okText="抽取并公开"
        onOk={() => void draw()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ month: new Date().getMonth() + 1, targetCount: 3 }}
        >
          <Form.Item name="month" label="月份" rules={[{ required: true }]}>
            <InputNumber min={1} max={12} />
          </Form.Item>
          <Form.Item name="targetCount" label="抽取企业数" rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
