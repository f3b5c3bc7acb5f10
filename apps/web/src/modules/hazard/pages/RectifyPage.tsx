import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Segmented, Space, Typography } from 'antd';
import {
  type HazardAction,
  actionsFrom,
  hazardActionNames,
  hazardPartyOf,
  hazardTransitions,
} from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { fmtTime } from '../../../components/format.ts';
import { type HazardDetail, type HazardSummary, hazardApi } from '../hazard.api.ts';
import { HazardTags, LevelTag, fmtDeadline } from '../components/HazardTags.tsx';
import { StepModal } from '../components/StepModal.tsx';

type Filter = 'todo' | 'waiting';
const todo = ['assessed', 'rectifying'] as const;

/** 隐患整改 (phone width): the enterprise's open hazards, one card each, with its next step. */
export default function RectifyPage() {
  const { me } = useAuth();
  const onError = useApiError();
  const party = hazardPartyOf(me?.user.role);
  const [filter, setFilter] = useState<Filter>('todo');
  const queryClient = useQueryClient();
  const [active, setActive] = useState<{ hazard: HazardDetail; action: HazardAction } | null>(null);
  const q = useQuery({
    queryKey: ['hazard', 'list', { open: 'true', pageSize: 100 }],
    queryFn: () => hazardApi.list({ open: 'true', pageSize: 100 }).then((page) => page.items),
  });
  const items = q.isError ? [] : (q.data ?? null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['hazard'] });

  const mine = (h: HazardSummary): HazardAction[] =>
    party ? actionsFrom(h.status).filter((a) => hazardTransitions[a].by.includes(party)) : [];
  const shown = (items ?? []).filter((h) =>
    filter === 'todo'
      ? (todo as readonly string[]).includes(h.status)
      : !(todo as readonly string[]).includes(h.status),
  );

  const open = async (h: HazardSummary, action: HazardAction) => {
    try {
      setActive({ hazard: await hazardApi.get(h.id), action });
    } catch (err) {
      onError(err);
    }
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto', width: '100%', minWidth: 0 }} data-testid="rectify-page">
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Segmented<Filter>
          block
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'todo', label: '待整改 / 整改中' },
            { value: 'waiting', label: '待评估 / 待验收' },
          ]}
        />
        <List
          loading={items === null}
          dataSource={shown}
          locale={{ emptyText: <Empty description="没有需要处理的隐患" /> }}
          renderItem={(h) => (
            <Card size="small" style={{ marginBottom: 12 }} data-testid={`rectify-card-${h.id}`}>
              <Space direction="vertical" size={6} style={{ width: '100%' }}>
                <Space size={6} wrap>
                  <LevelTag level={h.level} />
                  <HazardTags h={h} />
                </Space>
                <Link to={`/hazards/${h.id}`}>
                  <Typography.Text strong>{h.description}</Typography.Text>
                </Link>
                <Typography.Text type="secondary">
                  {h.location} · 期限 {fmtDeadline(h)}
                  {h.rejections > 0 && ` · 验收不通过 ${h.rejections} 次`}
                </Typography.Text>
                {h.lastRejection && (
                  <Alert
                    type="warning"
                    showIcon
                    message={`验收不通过（${fmtTime(h.lastRejection.at)}）`}
                    description={h.lastRejection.reason || '未说明原因'}
                    data-testid={`rectify-rejection-${h.id}`}
                  />
                )}
                {mine(h).map((a) => (
                  <Button
                    key={a}
                    type="primary"
                    block
                    size="large"
                    onClick={() => void open(h, a)}
                    data-testid={`rectify-${a}-${h.id}`}
                  >
                    {hazardActionNames[a]}
                  </Button>
                ))}
              </Space>
            </Card>
          )}
        />
      </Space>
      {active && (
        <StepModal
          hazard={active.hazard}
          action={active.action}
          onClose={() => {
            setActive(null);
            reload();
          }}
          onDone={() => {
            setActive(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
