import { Tag, Tooltip } from 'antd';
import type { CaseClockDto } from '@anjian/domain';

const colours: Record<CaseClockDto['status'], { color: string; text: string }> = {
  running: { color: 'blue', text: '进行中' },
  warning: { color: 'orange', text: '临期' },
  breached: { color: 'red', text: '已超期' },
  met: { color: 'green', text: '已按期' },
  metLate: { color: 'volcano', text: '逾期完成' },
};

/** A clock's status, its due day and, on hover, its legal basis. */
export function ClockTag({
  clock,
}: {
  clock: Pick<CaseClockDto, 'status' | 'due'> & { basis?: CaseClockDto['basis'] };
}) {
  const c = colours[clock.status];
  const tag = (
    <Tag color={c.color} data-testid={`clock-${clock.status}`}>
      {c.text} · {clock.due}
    </Tag>
  );
  return clock.basis ? <Tooltip title={clock.basis.citation}>{tag}</Tooltip> : tag;
}
