import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import { type EnterpriseStatus, enterpriseStatusNames } from '@anjian/domain';
import { fmtDate, fmtTime } from '../../../../components/format.ts';
import type { StatusChange } from '../../enterprise.api.ts';
import { statusColor } from '../../format.ts';

const name = (s: string) => enterpriseStatusNames[s as EnterpriseStatus] ?? s;
const color = (s: string) => statusColor[s as EnterpriseStatus] ?? 'default';

/** The status changes, newest first, each with its reason and who made it. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  const items = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card size="small" title="状态变更记录" data-testid="status-history">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无状态变更" />
      ) : (
        <Timeline
          items={items.map((h) => ({
            color: h.toStatus === 'normal' ? 'green' : 'red',
            children: (
              <>
                <div>
                  <Tag color={color(h.fromStatus)}>{name(h.fromStatus)}</Tag>→
                  <Tag color={color(h.toStatus)}>{name(h.toStatus)}</Tag>
                  <Typography.Text type="secondary">自 {fmtDate(h.effectiveOn)}</Typography.Text>
                </div>
                <div>{h.reason}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {h.username ?? '系统'} · {fmtTime(h.at)}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
