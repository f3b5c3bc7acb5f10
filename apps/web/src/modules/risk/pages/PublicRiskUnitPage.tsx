import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, List, Result, Space, Spin, Tag, Typography } from 'antd';
import { riskColorNames } from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { RiskColorTag, riskHex } from '../../../components/RiskColorTag.tsx';
import { type PublicRiskUnit, riskApi } from '../risk.api.ts';

/**
 * The page the QR code of a 风险告知卡 opens: no login, outside the main layout, phone-first. Shows only
 * what the printed card shows (GET /api/public/risk-units/:id).
 */
export default function PublicRiskUnitPage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['risk', 'public-unit', id],
    queryFn: () => riskApi.publicUnit(id),
    meta: { quiet: true },
  });
  const unit: PublicRiskUnit | null = q.data ?? null;
  const error = q.error
    ? isApiError(q.error) && q.error.status === 404
      ? '未找到该风险分析单元'
      : '加载失败，请稍后再试'
    : null;

  if (error) return <Result status="404" title={error} />;
  if (!unit) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const band = unit.color ? riskHex[unit.color] : '#8c8c8c';
  return (
    <div
      style={{ maxWidth: 640, margin: '0 auto', padding: 12, background: '#f5f5f5', minHeight: '100vh' }}
      data-testid="public-risk-unit"
    >
      <div
        style={{
          background: band,
          color: unit.color === 'yellow' ? '#262626' : '#fff',
          borderRadius: 8,
          padding: '16px 16px 12px',
          marginBottom: 12,
        }}
      >
        <div style={{ fontSize: 13, opacity: 0.9 }}>安全风险告知 · {unit.enterpriseName}</div>
        <div style={{ fontSize: 22, fontWeight: 600, margin: '4px 0' }}>{unit.name}</div>
        <div style={{ fontSize: 16 }} data-testid="public-grade">
          {unit.grade && unit.color ? `${riskColorNames[unit.color]}色 · ${unit.grade}` : '未评估'}
        </div>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="分析对象">
            {unit.objectName}（{unit.objectKind}）
          </Descriptions.Item>
          <Descriptions.Item label="位置">{unit.location ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="责任部门">{unit.department}</Descriptions.Item>
          <Descriptions.Item label="责任人">{unit.responsiblePerson}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="风险事件及管控措施" style={{ marginBottom: 12 }}>
        {unit.events.length === 0 && <Typography.Text type="secondary">尚无风险事件</Typography.Text>}
        <List
          dataSource={unit.events}
          split
          renderItem={(e) => (
            <List.Item style={{ display: 'block' }} data-testid="public-event">
              <Space wrap style={{ marginBottom: 4 }}>
                <RiskColorTag level={e.level} color={e.color} />
                <Typography.Text strong>{e.name}</Typography.Text>
              </Space>
              {e.consequence && <div style={{ color: '#595959' }}>可能后果：{e.consequence}</div>}
              {e.measures.map((m, i) => (
                <div key={i} style={{ marginTop: 4 }}>
                  <Tag>{m.type}</Tag>
                  {m.content}
                </div>
              ))}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title="应急措施">
        {unit.emergencyMeasures.length ? (
          <ol style={{ paddingLeft: 20, margin: 0 }}>
            {unit.emergencyMeasures.map((m, i) => (
              <li key={i} style={{ marginBottom: 4 }}>
                {m}
              </li>
            ))}
          </ol>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          message="发生险情请立即报告，并拨打 119（火警）/ 120（急救）/ 110（报警）"
        />
      </Card>
    </div>
  );
}
