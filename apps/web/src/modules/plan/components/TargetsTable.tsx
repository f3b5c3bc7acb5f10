import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Drops, ProgressStatus } from '@anjian/domain';
import { lookup } from '../../../api/lookup.ts';
import { fmtFigure } from '../../indicator/index.ts';
import type { TargetRow, TargetsTable as Targets } from '../plan.api.ts';

export const progressColor: Record<ProgressStatus, string> = {
  on_track: 'green',
  achieved: 'green',
  at_risk: 'orange',
  missed: 'red',
  no_data: 'default',
};

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`);
const formName = { compound: '几何', simple: '算术' };

function DropCell({
  d,
  stated,
  form,
}: {
  d: Drops;
  stated?: number | null;
  form?: 'compound' | 'simple' | null;
}) {
  return (
    <div style={{ fontSize: 12, lineHeight: 1.6 }}>
      <div>降幅 {pct(d.dropPct)}</div>
      <div>年均（几何）{pct(d.annualCompoundPct)}</div>
      <div>年均（算术）{pct(d.annualSimplePct)}</div>
      {stated !== undefined && stated !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          规划载明年均 {stated}%{form ? `（${formName[form]}）` : '（口径不明）'}
        </Typography.Text>
      )}
    </div>
  );
}

/** 规划目标 table: baseline, target, falls (each form labelled), actual and yearly progress tags. */
export function TargetsTable({ data, onEdit }: { data: Targets; onEdit?: (row: TargetRow) => void }) {
  const { plan } = data;
  const columns: ColumnsType<TargetRow> = [
    {
      title: '指标',
      dataIndex: 'name',
      width: 220,
      fixed: 'left',
      render: (v: string, r) => (
        <Space direction="vertical" size={0}>
          <span>{v}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.unit}
            {r.decomposedFrom ? ' · 由上级分解' : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: `基数（${plan.baselineLabel ?? `${plan.baselineFrom}–${plan.baselineTo}`}）`,
      width: 130,
      align: 'right',
      render: (_, r) => (
        <Tooltip
          title={`规划载明 ${fmtFigure(r.statedBaseline, r.decimals)}；按记录计算 ${fmtFigure(r.computedBaseline, r.decimals)}`}
        >
          {fmtFigure(r.baseline, r.decimals)}
        </Tooltip>
      ),
    },
    {
      title: `${plan.endYear}年目标`,
      width: 100,
      align: 'right',
      render: (_, r) => `${r.note === '≤' ? '≤ ' : ''}${fmtFigure(r.target, r.decimals)}`,
    },
    {
      title: '目标降幅',
      width: 170,
      render: (_, r) => (
        <DropCell d={r.targetDrop} stated={r.statedAnnualDrop} form={r.statedAnnualDropForm} />
      ),
    },
    {
      title: '实际',
      width: 100,
      align: 'right',
      render: (_, r) =>
        r.actualYear ? (
          <Tooltip title={`${r.actualYear} 年`}>{fmtFigure(r.actual, r.decimals)}</Tooltip>
        ) : (
          '—'
        ),
    },
    { title: '实际降幅', width: 160, render: (_, r) => <DropCell d={r.actualDrop} /> },
    {
      title: '年度进度（实际 / 应达）',
      width: 460,
      render: (_, r) => (
        <Space wrap size={[4, 4]}>
          {r.progress.map((p) => (
            <Tooltip
              key={p.year}
              title={`${p.year}：实际 ${fmtFigure(p.value, r.decimals)}，应达 ≤ ${fmtFigure(p.expected, r.decimals)}`}
            >
              <Tag color={lookup(progressColor, p.status)} style={{ marginInlineEnd: 0 }}>
                {p.year} {p.statusName}
              </Tag>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'statusName',
      width: 90,
      fixed: 'right',
      render: (v: string, r) => (
        <Tag color={lookup(progressColor, r.status)} data-testid={`target-status-${r.indicatorKey}`}>
          {v}
        </Tag>
      ),
    },
    ...(onEdit
      ? [
          {
            title: '操作',
            key: 'op',
            width: 60,
            fixed: 'right' as const,
            render: (_: unknown, r: TargetRow) => <a onClick={() => onEdit(r)}>编辑</a>,
          },
        ]
      : []),
  ];
  return (
    <Table<TargetRow>
      size="small"
      rowKey="indicatorKey"
      dataSource={data.rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1700 }}
      data-testid="targets-table"
    />
  );
}
