import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Space, Tag } from 'antd';
import type { NotificationKind } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';
import { fmtTime } from '../../../components/format.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { type Notification, hazardApi } from '../hazard.api.ts';
import { unreadKey } from '../components/InboxBadge.tsx';

const kindNames: Record<NotificationKind, { text: string; color: string }> = {
  due_soon: { text: '即将到期', color: 'gold' },
  overdue: { text: '已逾期', color: 'red' },
  supervision_overdue: { text: '督办逾期', color: 'red' },
  reported: { text: '待评估', color: 'blue' },
  assigned: { text: '交办整改', color: 'orange' },
  acceptance_requested: { text: '待验收', color: 'blue' },
  rejected: { text: '验收不通过', color: 'volcano' },
  closed: { text: '已销号', color: 'green' },
  monitoring_alarm: { text: '监测报警', color: 'red' },
};

/** 站内消息: own notifications, unread first filterable, mark one or all read. */
export default function NotificationsPage() {
  const { t } = useI18n();
  const onError = useApiError();
  const actionRef = useRef<ActionType>(null);
  const [unread, setUnread] = useState(0);
  const queryClient = useQueryClient();
  // The header's badge shows the same count.
  const announce = (n: number) => queryClient.setQueriesData({ queryKey: unreadKey }, n);

  const mark = async (id: string | null) => {
    try {
      const r = id ? await hazardApi.markRead(id) : await hazardApi.readAll();
      setUnread(r.unread);
      announce(r.unread);
      void actionRef.current?.reload();
    } catch (err) {
      onError(err);
    }
  };

  const columns: ProColumns<Notification>[] = [
    {
      title: '状态',
      dataIndex: 'unread',
      valueType: 'select',
      valueEnum: { true: { text: '未读' }, false: { text: '已读' } },
      width: 80,
      render: (_, n) =>
        n.readAt ? <Badge status="default" text="已读" /> : <Badge status="processing" text="未读" />,
    },
    {
      title: '类型',
      dataIndex: 'kind',
      search: false,
      width: 100,
      render: (_, n) => <Tag color={kindNames[n.kind]?.color}>{kindNames[n.kind]?.text ?? n.kind}</Tag>,
    },
    {
      title: '标题',
      dataIndex: 'title',
      search: false,
      render: (_, n) =>
        n.hazardId || n.alarmId ? (
          <Link
            to={n.hazardId ? `/hazards/${n.hazardId}` : '/monitoring'}
            onClick={() => !n.readAt && void mark(n.id)}
          >
            {n.title}
          </Link>
        ) : (
          n.title
        ),
    },
    { title: '内容', dataIndex: 'body', search: false, ellipsis: true },
    {
      title: '时间',
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, n) => fmtTime(n.createdAt),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 90,
      render: (_, n) =>
        n.readAt ? null : (
          <a key="read" onClick={() => void mark(n.id)}>
            标为已读
          </a>
        ),
    },
  ];

  return (
    <PageContainer title={t('page.notifications')}>
      <ListTable<Notification, { unread?: 'true' | 'false' }>
        actionRef={actionRef}
        columns={columns}
        data-testid="notifications-table"
        fetch={async (p) => {
          const page = await hazardApi.notifications({
            page: p.page,
            pageSize: p.pageSize,
            unread: p.unread,
          });
          setUnread(page.unread);
          announce(page.unread);
          return page;
        }}
        options={{ setting: false }}
        scroll={{ x: 800 }}
        toolBarRender={() => [
          <Space key="all">
            <span>未读 {unread} 条</span>
            <Button disabled={!unread} onClick={() => void mark(null)} data-testid="notifications-read-all">
              全部已读
            </Button>
          </Space>,
        ]}
      />
    </PageContainer>
  );
}
