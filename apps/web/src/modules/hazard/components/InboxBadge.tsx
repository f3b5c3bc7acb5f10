import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { hazardApi } from '../hazard.api.ts';

const POLL_MS = 60_000;
/** The notifications page announces a change of the count with this window event. */
export const UNREAD_EVENT = 'anjian:unread';

/** 站内消息 in the header: the unread count, refreshed every minute, on navigation and after mark-read. */
export default function InboxBadge() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let alive = true;
    const load = () =>
      hazardApi
        .notifications({ unread: 'true', pageSize: 1 })
        .then((p) => alive && setUnread(p.unread))
        .catch(() => undefined);
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    const onEvent = (e: Event) => setUnread((e as CustomEvent<number>).detail);
    window.addEventListener(UNREAD_EVENT, onEvent);
    return () => {
      alive = false;
      window.clearInterval(timer);
      window.removeEventListener(UNREAD_EVENT, onEvent);
    };
  }, [pathname]);
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
