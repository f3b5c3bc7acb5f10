import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, DatePicker, Form, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { HazardFlagsDto, SelfReportFlagKind } from '@anjian/domain';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';

type Flags = HazardFlagsDto;

const kinds: Record<SelfReportFlagKind, { text: string; color: string }> = {
  too_few_hazards: { text: '隐患过少', color: 'gold' },
  same_rectifier_acceptor: { text: '整改人即验收人', color: 'red' },
  batch_closure: { text: '批量销号', color: 'orange' },
  duplicate_photos: { text: '重复照片', color: 'magenta' },
  check_outside_cycle: { text: '排查超出周期', color: 'purple' },
};

/**
 * 自查自报可信度 (issue 4 item 9): enterprises whose self-reporting looks implausible, each flag with its
 * Chinese explanation and the hazards behind it, so that a regulator knows where to look on site.
 */
export default function HazardFlagsPage() {
  const { t } = useI18n();
  const [divisionCode, setDivision] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [kind, setKind] = useState<SelfReportFlagKind | undefined>();
  const query = {
    divisionCode,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const data =
    useQuery({
      queryKey: ['hazard', 'flags', query],
      queryFn: () => api.get<Flags>('/hazards/flags', query),
      placeholderData: keepPreviousData,
    }).data ?? null;

  const counts = useMemo(() => {
    const c = new Map<SelfReportFlagKind, number>();
    for (const f of data?.items ?? []) c.set(f.kind, (c.get(f.kind) ?? 0) + 1);
    return c;
  }, [data]);
  const rows = (data?.items ?? []).filter((f) => !kind || f.kind === kind);

  return (
    <PageContainer title={t('page.hazardFlags')}>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="行政区划">
          <DivisionTreeSelect value={divisionCode} onChange={(v) => setDivision(v ?? undefined)} />
        </Form.Item>
        <Form.Item label="时段">
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
        </Form.Item>
      </Form>
      {data && (
        <Alert
          type={data.total ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          message={`${data.period.from} 至 ${data.period.to}：${data.total} 条可信度标记`}
          description="标记是线索而非结论：隐患过少按企业规模与行业风险的期望上报量判断；整改人即验收人、同一分钟批量销号、不同隐患使用相同照片、排查记录超出周期窗口均可能表示自查自报不实，请结合现场核查。"
        />
      )}
      <Space wrap style={{ marginBottom: 12 }} data-testid="flag-kinds">
        <Tag.CheckableTag checked={!kind} onChange={() => setKind(undefined)}>
          全部 {data?.total ?? 0}
        </Tag.CheckableTag>
        {(Object.keys(kinds) as SelfReportFlagKind[]).map((k) => (
          <Tag.CheckableTag key={k} checked={kind === k} onChange={(on) => setKind(on ? k : undefined)}>
            {kinds[k].text} {counts.get(k) ?? 0}
          </Tag.CheckableTag>
        ))}
      </Space>
      <Table<Flags['items'][number]>
        rowKey={(f) => `${f.kind}:${f.enterpriseId}:${f.hazardIds?.join(',') ?? ''}`}
        size="small"
        loading={!data}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="flags-table"
        columns={[
          {
            title: '标记',
            dataIndex: 'kind',
            width: 130,
            render: (k: SelfReportFlagKind) => <Tag color={kinds[k].color}>{kinds[k].text}</Tag>,
          },
          {
            title: '企业',
            dataIndex: 'enterpriseName',
            width: 220,
            render: (n: string, f) => <Link to={`/enterprises/${f.enterpriseId}`}>{n}</Link>,
          },
          { title: '说明', dataIndex: 'explanation' },
          {
            title: '相关隐患',
            dataIndex: 'hazardIds',
            width: 200,
            render: (ids?: string[]) =>
              ids?.length ? (
                <Space size={4} wrap>
                  {ids.slice(0, 5).map((id, i) => (
                    <Link key={id} to={`/hazards/${id}`}>
                      隐患{i + 1}
                    </Link>
                  ))}
                  {ids.length > 5 && <Typography.Text type="secondary">等 {ids.length} 条</Typography.Text>}
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </PageContainer>
  );
}
