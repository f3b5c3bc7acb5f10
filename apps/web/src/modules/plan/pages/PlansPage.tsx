import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Empty, Popconfirm, Select, Space, Typography } from 'antd';
import { ApartmentOutlined, FileExcelOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { useStatScope } from '../../indicator/index.ts';
import { PlanFormModal } from '../components/PlanFormModal.tsx';
import { TargetFormModal } from '../components/TargetFormModal.tsx';
import { TargetsTable } from '../components/TargetsTable.tsx';
import { type Plan, type TargetRow, type TargetsTable as Targets, planApi } from '../plan.api.ts';

/** 规划目标: plan periods with baseline and target per indicator and division, decomposition, progress. */
export default function PlansPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const onError = useApiError();
  const { division, params, set } = useStatScope();
  const queryClient = useQueryClient();
  const plans: Plan[] = useQuery({ queryKey: ['plan', 'list'], queryFn: planApi.list }).data ?? [];
  const [editing, setEditing] = useState<{ row: TargetRow | null } | null>(null);
  const [creating, setCreating] = useState(false);
  const canWrite = can('plan.write');
  const planId = params.get('plan') ?? plans.at(-1)?.id ?? null;

  const targetsKey = ['plan', planId, 'targets', division];
  const targets: Targets | null =
    useQuery({
      queryKey: targetsKey,
      queryFn: () => planApi.targets(planId ?? '', division),
      enabled: planId !== null,
    }).data ?? null;

  const decompose = async () => {
    if (!planId) return;
    try {
      const r = await planApi.decompose(planId, division);
      void message.success(`已分解 ${r.targets.length} 项目标到下级区划`);
      // The lower divisions' targets (cached when visited) changed.
      void queryClient.invalidateQueries({ queryKey: ['plan', planId] });
    } catch (err) {
      onError(err);
    }
  };

  return (
    <PageContainer title={t('page.plans')}>
      <Space wrap size={12} style={{ marginBottom: 16 }}>
        <Space size={4}>
          <Typography.Text>规划期</Typography.Text>
          <Select
            style={{ width: 260 }}
            value={planId ?? undefined}
            onChange={(id) => set({ plan: id })}
            options={plans.map((p) => ({
              value: p.id,
              label: `${p.name}（${p.startYear}–${p.endYear}，${p.divisionName}）`,
            }))}
            data-testid="plan-select"
          />
        </Space>
        <Space size={4}>
          <Typography.Text>区划</Typography.Text>
          <div style={{ width: 220 }}>
            <DivisionTreeSelect
              value={division}
              allowClear={false}
              onChange={(v) => v && set({ division: v })}
            />
          </div>
        </Space>
        {planId && (
          <>
            <Button icon={<FileExcelOutlined />} href={planApi.exportUrl(planId, division, 'xlsx')}>
              导出 Excel
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              href={planApi.exportUrl(planId, division, 'pdf')}
              target="_blank"
            >
              打印 PDF
            </Button>
          </>
        )}
        {canWrite && planId && (
          <>
            <Button onClick={() => setEditing({ row: null })}>设定目标</Button>
            <Popconfirm
              title="按本级目标分解到下一级区划（已有分解将被覆盖）？"
              onConfirm={() => void decompose()}
            >
              <Button icon={<ApartmentOutlined />}>分解到下级</Button>
            </Popconfirm>
          </>
        )}
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建规划期
          </Button>
        )}
      </Space>
      <Card size="small" loading={Boolean(planId) && !targets}>
        {targets ? (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {targets.plan.name}（{targets.plan.startYear}–{targets.plan.endYear}）· {targets.division.name}
              。进度规则：应达值自基数按固定年均降幅（几何）降至目标值；当年实际 ≤
              应达值为“进度正常”，否则“存在风险”；末年 ≤ 目标为“已完成”。{targets.annualDropForms.compound}；
              {targets.annualDropForms.simple}。
            </Typography.Paragraph>
            <TargetsTable data={targets} onEdit={canWrite ? (row) => setEditing({ row }) : undefined} />
          </>
        ) : (
          !planId && <Empty description="暂无规划期" />
        )}
      </Card>
      {planId && (
        <TargetFormModal
          planId={planId}
          division={division}
          row={editing?.row ?? null}
          open={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={(t2) => {
            queryClient.setQueryData(targetsKey, t2);
            setEditing(null);
          }}
        />
      )}
      <PlanFormModal
        open={creating}
        division={division}
        onClose={() => setCreating(false)}
        onSaved={(p) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: ['plan', 'list'] });
          set({ plan: p.id });
        }}
      />
    </PageContainer>
  );
}
