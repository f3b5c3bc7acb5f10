import { Card, Space, Tag, Timeline, Typography } from 'antd';
import { hazardStatusNames } from '@anjian/domain';
import { lookup } from '../../../api/lookup.ts';
import { fmtTime } from '../../../components/format.ts';
import type { HazardDetail, HazardEvent } from '../hazard.api.ts';
import { PhotoStrip } from './PhotoStrip.tsx';

const colorOf = (e: HazardEvent) =>
  e.action === 'reject' ? 'red' : e.action === 'accept' ? 'green' : e.action === 'report' ? 'gray' : 'blue';

/** Every step of the loop as an event: who, when, what, the comment and the photos. */
export function HazardTimeline({ hazard }: { hazard: HazardDetail }) {
  return (
    <Card size="small" title="处理过程" data-testid="hazard-timeline">
      <Timeline
        items={hazard.events.map((e) => ({
          color: colorOf(e),
          children: (
            <Space
              direction="vertical"
              size={2}
              style={{ width: '100%' }}
              data-testid={`hazard-event-${e.action}`}
            >
              <Space size={6} wrap>
                <Typography.Text strong>{e.actionName}</Typography.Text>
                <Tag style={{ marginInlineEnd: 0 }}>
                  {lookup(hazardStatusNames, e.toStatus) ?? e.toStatus}
                </Tag>
                <Typography.Text type="secondary">
                  {e.user.displayName}
                  {e.user.username &&
                    e.user.username !== e.user.displayName &&
                    `（${e.user.username}）`} · {fmtTime(e.at)}
                </Typography.Text>
              </Space>
              {e.comment && (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {e.action === 'reject' ? `不通过原因：${e.comment}` : e.comment}
                </Typography.Paragraph>
              )}
              {e.photos.length > 0 && <PhotoStrip photos={e.photos} size={56} />}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}
