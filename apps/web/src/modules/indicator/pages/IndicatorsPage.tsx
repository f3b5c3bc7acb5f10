import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, InputNumber, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { annualDropFormNames, drops } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { type IndicatorItem, type IndicatorScope, fmtFigure, indicatorApi } from '../indicator.api.ts';
import { MissingBase } from '../components/MissingBase.tsx';
import { ProvenanceDrawer, type ProvenanceTarget } from '../components/ProvenanceDrawer.tsx';
import { ScopeBar, type ScopeMode } from '../components/ScopeBar.tsx';
import { useStatScope } from '../use-scope.ts';

interface Row extends IndicatorItem {
  base: number | null;
}

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`);

/** 安全生产指标: every indicator for a division and a year or period, with provenance and 降幅. */
export default function IndicatorsPage() {
  const { t } = useI18n();
  const { division, year, params, set } = useStatScope();
  const mode: ScopeMode = params.get('to') ? 'period' : 'year';
  const to = Number(params.get('to')) || null;
  const baseYear = Number(params.get('base')) || null;
  const [provenance, setProvenance] = useState<ProvenanceTarget | null>(null);

  const scope: IndicatorScope | null = useMemo(() => {
    if (!year) return null;
    return mode === 'period' && to ? { division, from: year, to } : { division, year };
  }, [division, year, to, mode]);

  const compareTo = mode === 'year' ? baseYear : null;
  const loaded = useQuery({
    queryKey: ['indicator', 'list', scope, compareTo],
    queryFn: async () => {
      const [list, base] = await Promise.all([
        indicatorApi.list(scope ?? { division, year: 0 }),
        compareTo ? indicatorApi.list({ division, year: compareTo }) : Promise.resolve([]),
      ]);
      return { list, base };
    },
    enabled: scope !== null,
  }).data;
  const items: IndicatorItem[] | null = loaded?.list ?? null;
  const baseItems: IndicatorItem[] = loaded?.base ?? [];

  const rows: Row[] = (items ?? []).map((i) => {
    const yearly = i.yearly ?? [];
    const base =
      mode === 'period'
        ? (yearly[0]?.value ?? null)
        : (baseItems.find((b) => b.key === i.key)?.value ?? null);
    return { ...i, base };
  });
  const span = mode === 'period' && year && to ? to - year : year && baseYear ? year - baseYear : 0;
  const last = (r: Row) => (mode === 'period' ? (r.yearly?.at(-1)?.value ?? null) : r.value);
  const dropOf = (r: Row) => drops(r.base, last(r), span);
  const open = (key: string) =>
    year && setProvenance({ key, division, year, to: mode === 'period' && to ? to : undefined });

  const columns: ColumnsType<Row> = [
    {
      title: '指标',
      dataIndex: 'name',
      width: 280,
      fixed: 'left',
      render: (v: string, r) => (
        <Tooltip title={r.formula}>
          <span>{v}</span>
        </Tooltip>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 70,
      render: (k: string) => <Tag>{k === 'rate' ? '相对' : '绝对'}</Tag>,
    },
    {
      title: mode === 'period' ? '时期汇总值' : '数值',
      dataIndex: 'value',
      align: 'right',
      width: 110,
      render: (v: number | null, r) => (
        <Button type="link" size="small" onClick={() => open(r.key)} data-testid={`indicator-value-${r.key}`}>
          {fmtFigure(v, r.decimals)}
        </Button>
      ),
    },
    ...(mode === 'period'
      ? [
          {
            title: '年平均数',
            dataIndex: 'yearlyAverage',
            align: 'right' as const,
            width: 100,
            render: (v: number | null | undefined, r: Row) => fmtFigure(v, r.decimals),
          },
        ]
      : []),
    { title: '单位', dataIndex: 'unit', width: 90 },
    {
      title: '分子',
      dataIndex: 'numerator',
      align: 'right',
      width: 80,
      render: (v: number, r) => <a onClick={() => open(r.key)}>{v}</a>,
    },
    {
      title: '分母',
      dataIndex: 'denominator',
      align: 'right',
      width: 170,
      render: (v: number | null, r) =>
        v === null ? '—' : <Tooltip title={r.denominatorLabel}>{v.toLocaleString('zh-CN')}</Tooltip>,
    },
  ];
  if (span > 0) {
    columns.push(
      {
        title: mode === 'period' ? `${year ?? ''}年值` : `${baseYear ?? ''}年（基年）`,
        dataIndex: 'base',
        align: 'right',
        width: 110,
        render: (v: number | null, r) => fmtFigure(v, r.decimals),
      },
      { title: '降幅', key: 'drop', align: 'right', width: 90, render: (_, r) => pct(dropOf(r).dropPct) },
      {
        title: <Tooltip title={annualDropFormNames.compound}>年均降幅（几何）</Tooltip>,
        key: 'compound',
        align: 'right',
        width: 120,
        render: (_, r) => pct(dropOf(r).annualCompoundPct),
      },
      {
        title: <Tooltip title={annualDropFormNames.simple}>年均降幅（算术）</Tooltip>,
        key: 'simple',
        align: 'right',
        width: 120,
        render: (_, r) => pct(dropOf(r).annualSimplePct),
      },
    );
  }

  const exportLink = (format: 'xlsx' | 'pdf') => (scope ? indicatorApi.exportUrl(scope, format) : undefined);
  return (
    <PageContainer title={t('page.indicators')}>
      <ScopeBar
        division={division}
        onDivision={(d) => set({ division: d })}
        mode={mode}
        onMode={(m) => set({ to: m === 'period' ? (year ?? 2015) + 4 : null })}
        year={year}
        onYear={(y) => set({ year: y })}
        to={to}
        onTo={(y) => set({ to: y })}
        extra={
          <Space wrap>
            {mode === 'year' && (
              <Space size={4}>
                <Typography.Text>对比基年</Typography.Text>
                <InputNumber
                  aria-label="对比基年"
                  min={1949}
                  max={2100}
                  precision={0}
                  value={baseYear}
                  onChange={(v) => set({ base: v ?? null })}
                  style={{ width: 96 }}
                  placeholder="可选"
                />
              </Space>
            )}
            <Button
              icon={<FileExcelOutlined />}
              href={exportLink('xlsx')}
              disabled={!scope}
              data-testid="indicator-export-xlsx"
            >
              导出 Excel
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              href={exportLink('pdf')}
              target="_blank"
              disabled={!scope}
              data-testid="indicator-export-pdf"
            >
              打印 PDF
            </Button>
          </Space>
        }
      />
      {mode === 'year' && year && items && <MissingBase year={year} division={division} items={items} />}
      <Card size="small">
        <Table<Row>
          rowKey="key"
          size="small"
          loading={items === null}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 1400 }}
          data-testid="indicators-table"
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          点击数值或分子查看计入的事故记录。降幅 =（基数 − 数值）÷ 基数；{annualDropFormNames.compound}；
          {annualDropFormNames.simple}；n 为相隔年数{span > 0 ? `（n = ${span}）` : ''}。
        </Typography.Paragraph>
      </Card>
      <ProvenanceDrawer target={provenance} onClose={() => setProvenance(null)} />
    </PageContainer>
  );
}
