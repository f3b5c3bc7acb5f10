import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { sectorName } from '@anjian/domain';
import { fmtDate } from '../../../../components/format.ts';
import type { Enterprise, Licence, SafetyCost } from '../../enterprise.api.ts';
import { dash, expiresSoon, isExpired } from '../../format.ts';

function ExpiryTag({ date }: { date: string | null | undefined }) {
  if (!date) return <Typography.Text type="secondary">长期</Typography.Text>;
  if (isExpired(date)) return <Tag color="red">{fmtDate(date)} 已过期</Tag>;
  if (expiresSoon(date)) return <Tag color="orange">{fmtDate(date)} 即将到期</Tag>;
  return <span>{fmtDate(date)}</span>;
}

const licenceColumns = [
  { title: '种类', dataIndex: 'kind' },
  { title: '编号', dataIndex: 'number', render: (v: string) => <span className="mono">{v}</span> },
  { title: '发证机关', dataIndex: 'issuer', render: (v: string | null) => dash(v) },
  { title: '有效期至', dataIndex: 'expiresOn', render: (v: string | null) => <ExpiryTag date={v} /> },
];

const costColumns = [
  { title: '年度', dataIndex: 'year' },
  { title: '提取（万元）', dataIndex: 'extracted', align: 'right' as const },
  { title: '使用（万元）', dataIndex: 'used', align: 'right' as const },
  {
    title: '使用率',
    key: 'rate',
    align: 'right' as const,
    render: (_: unknown, c: SafetyCost) =>
      c.extracted > 0 ? `${Math.round((c.used / c.extracted) * 100)}%` : '—',
  },
];

/** Every field of the record: identity, people, licences (expired marked), insurance, safety costs, processes. */
export function EnterpriseInfo({ e }: { e: Enterprise }) {
  const ins = e.liabilityInsurance;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title="基本信息" data-testid="enterprise-info">
        <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 3 }}>
          <Descriptions.Item label="统一社会信用代码">
            <span className="mono" data-testid="enterprise-credit">
              {e.creditCode}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="行政区划">
            {e.divisionName}（{e.divisionCode}）
          </Descriptions.Item>
          <Descriptions.Item label="地址">{dash(e.address)}</Descriptions.Item>
          <Descriptions.Item label="坐标">
            {e.longitude !== null && e.latitude !== null ? `${e.longitude}, ${e.latitude}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="监管行业">
            {e.sectorName}
            {e.secondarySectors.length > 0 && (
              <Typography.Text type="secondary">
                （兼 {e.secondarySectors.map(sectorName).join('、')}）
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="国民经济行业代码">{dash(e.industryCode)}</Descriptions.Item>
          <Descriptions.Item label="企业规模">{dash(e.sizeClassName)}</Descriptions.Item>
          <Descriptions.Item label="从业人数">{dash(e.employees)}</Descriptions.Item>
          <Descriptions.Item label="安全生产标准化">{e.standardizationLevelName}</Descriptions.Item>
          <Descriptions.Item label="主要负责人">{dash(e.principal)}</Descriptions.Item>
          <Descriptions.Item label="安全管理人员">{dash(e.safetyManager)}</Descriptions.Item>
          <Descriptions.Item label="注册安全工程师">{e.registeredSafetyEngineers} 人</Descriptions.Item>
          <Descriptions.Item label="危险工艺" span={3}>
            {e.highRiskProcesses.length
              ? e.highRiskProcesses.map((p) => (
                  <Tag key={p} color="magenta">
                    {p}
                  </Tag>
                ))
              : '无'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="许可证" data-testid="enterprise-licences">
        <Table<Licence>
          size="small"
          rowKey={(l) => `${l.kind}-${l.number}`}
          columns={licenceColumns}
          dataSource={e.licences}
          pagination={false}
          scroll={{ x: 560 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未登记许可证" /> }}
        />
      </Card>
      <Card size="small" title="安全生产责任保险">
        {ins ? (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label="保险公司">{ins.insurer}</Descriptions.Item>
            <Descriptions.Item label="保单号">{ins.policyNo}</Descriptions.Item>
            <Descriptions.Item label="到期日">
              <ExpiryTag date={ins.expiresOn} />
            </Descriptions.Item>
            <Descriptions.Item label="保额">
              {ins.insuredAmount != null ? `${ins.insuredAmount} 万元` : '—'}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="warning">未投保安全生产责任保险</Typography.Text>
        )}
      </Card>
      <Card size="small" title="安全费用提取与使用">
        <Table<SafetyCost>
          size="small"
          rowKey="year"
          columns={costColumns}
          dataSource={[...e.safetyCosts].sort((a, b) => b.year - a.year)}
          pagination={false}
          locale={{ emptyText: '未填报' }}
        />
      </Card>
    </Space>
  );
}
