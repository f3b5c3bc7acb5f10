import { useLocation, useNavigate } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { hazardApi } from '../hazard.api.ts';

const POLL_MS = 60_000;
/** The unread count's queries; the notifications page puts a new count here after mark-read. */
export const unreadKey = ['hazard', 'unread'] as const;

/** 站内消息 in the header: the unread count, refreshed every minute, on navigation and after mark-read. */
export default function InboxBadge() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: unread = 0 } = useQuery({
    // Keyed by the page too: read again on every navigation.
    queryKey: [...unreadKey, pathname],
    queryFn: () => hazardApi.notifications({ unread: 'true', pageSize: 1 }).then((p) => p.unread),
    refetchInterval: POLL_MS,
    placeholderData: keepPreviousData,
    meta: { quiet: true },
  });
  return (
    <Tooltip title={`站内消息${unread ? `（${unread} 条未读）` : ''}`}>
      <Badge count={unread} size="small" offset={[-4, 4]} data-testid="inbox-badge">
        <Button
          type="text"
          size="small"
          icon={<BellOutlined />}
          aria-label="站内消息"
          onClick={() => void navigate('/notifications')}
        />
      </Badge>
    </Tooltip>
  );
}
