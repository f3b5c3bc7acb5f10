import { Space, Tag } from 'antd';
import type { HazardLevel, HazardStatus } from '@anjian/domain';
import type { HazardSummary } from '../hazard.api.ts';

export const statusColors: Record<HazardStatus, string> = {
  reported: 'default',
  assessed: 'gold',
  rectifying: 'processing',
  acceptance_requested: 'purple',
  accepted: 'success',
};
export const levelColors: Record<HazardLevel, string> = { 一般: 'blue', 重大: 'red' };

export function StatusTag({
  h,
  testId,
}: {
  h: Pick<HazardSummary, 'status' | 'statusName'>;
  testId?: string;
}) {
  return (
    <Tag color={statusColors[h.status]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {h.statusName}
    </Tag>
  );
}

export function LevelTag({ level }: { level: HazardLevel }) {
  return (
    <Tag color={levelColors[level]} style={{ marginInlineEnd: 0 }}>
      {level}
    </Tag>
  );
}

/** Status, 逾期 (derived by the server per request) and 挂牌督办 in one row. */
export function HazardTags({ h, testId }: { h: HazardSummary; testId?: string }) {
  return (
    <Space size={4} wrap>
      <StatusTag h={h} testId={testId} />
      {h.overdue && (
        <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="hazard-overdue">
          逾期
        </Tag>
      )}
      {h.supervision && (
        <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
          挂牌督办
        </Tag>
      )}
    </Space>
  );
}

export const fmtDeadline = (h: Pick<HazardSummary, 'deadline' | 'daysToDeadline' | 'status'>): string => {
  if (!h.deadline) return '—';
  if (h.status === 'accepted' || h.daysToDeadline === null) return h.deadline;
  if (h.daysToDeadline < 0) return `${h.deadline}（超期 ${-h.daysToDeadline} 天）`;
  return `${h.deadline}（剩 ${h.daysToDeadline} 天）`;
};
