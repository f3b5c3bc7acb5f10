import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { type DenominatorKind, denominatorKinds } from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { DenominatorFormModal, type DenominatorRowValues } from '../components/DenominatorFormModal.tsx';
import { DenominatorImport } from '../components/DenominatorImport.tsx';
import { ScopeBar } from '../components/ScopeBar.tsx';
import { type Denominator, indicatorApi } from '../indicator.api.ts';
import { useStatScope } from '../use-scope.ts';

interface Row extends DenominatorRowValues {
  key: string;
  divisionName: string;
}

/** Rows of (division, year) with one column per kind. */
function pivot(list: Denominator[]): Row[] {
  const rows = new Map<string, Row>();
  for (const d of list) {
    const key = `${d.divisionCode}-${d.year}`;
    const row = rows.get(key) ?? {
      key,
      divisionCode: d.divisionCode,
      divisionName: d.divisionName,
      year: d.year,
      source: d.source,
      values: {},
    };
    row.values[d.kind as DenominatorKind] = d.value;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.year - a.year || a.divisionCode.localeCompare(b.divisionCode));
}

/** 统计基数: the yearly denominators (GDP, employees, vehicles …) per division, entry and .xlsx import. */
export default function DenominatorsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const { division, year, params, set } = useStatScope();
  // Without an explicit period: the ten years up to the default year.
  const to = Number(params.get('to')) || year;
  const from = year && to ? (params.get('to') ? Math.min(year, to) : year - 10) : null;
  const [editing, setEditing] = useState<{ row: DenominatorRowValues | null } | null>(null);
  const canWrite = can('denominator.write');

  const rows: Row[] | null =
    useQuery({
      queryKey: ['indicator', 'denominators', { division, from, to }],
      queryFn: () => indicatorApi.denominators({ division, from, to }),
      enabled: Boolean(from && to),
      select: pivot,
    }).data ?? null;
  // Every indicator divides by these: the whole module's cache is stale after a write.
  const load = () => void queryClient.invalidateQueries({ queryKey: ['indicator'] });

  const columns: ColumnsType<Row> = [
    { title: '区划', dataIndex: 'divisionName', width: 110, fixed: 'left' },
    { title: '年度', dataIndex: 'year', width: 70 },
    ...denominatorKinds.map((k) => ({
      title: `${k.name}（${k.unit}）`,
      key: k.code,
      align: 'right' as const,
      render: (_: unknown, r: Row) =>
        r.values[k.code]?.toLocaleString('zh-CN', { maximumFractionDigits: k.decimals }) ?? '—',
    })),
    { title: '来源', dataIndex: 'source', ellipsis: true, render: (v: string | null) => v ?? '—' },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'op',
            width: 70,
            render: (_: unknown, r: Row) => <a onClick={() => setEditing({ row: r })}>{t('btn.edit')}</a>,
          },
        ]
      : []),
  ];

  return (
    <PageContainer title={t('page.denominators')}>
      <ScopeBar
        division={division}
        onDivision={(d) => set({ division: d })}
        mode="period"
        year={from}
        onYear={(y) => set({ year: y })}
        to={to}
        onTo={(y) => set({ to: y })}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ row: null })}
              data-testid="denominator-create"
            >
              录入
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <DenominatorImport canWrite={canWrite} onImported={load} />
      </Card>
      <Card size="small">
        <Table<Row>
          size="small"
          rowKey="key"
          loading={rows === null}
          dataSource={rows ?? []}
          columns={columns}
          scroll={{ x: 1200 }}
          pagination={{ pageSize: 20 }}
          data-testid="denominators-table"
        />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
          区划未单独录入时，其数值取下一级区划之和（如市级取各县区合计）。
        </Typography.Paragraph>
      </Card>
      <DenominatorFormModal
        row={editing?.row ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          load();
        }}
      />
    </PageContainer>
  );
}
