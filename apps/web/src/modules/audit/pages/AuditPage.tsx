import { useState } from 'react';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { roleDefinition } from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { type AuditOutcome, type AuditRow, type AuditVerification, auditApi } from '../audit.api.ts';
import { AuditRowDetail } from '../components/AuditRowDetail.tsx';
import { VerifyButton, VerifyResult } from '../components/VerifyChain.tsx';

interface Search {
  range?: [string, string];
  username?: string;
  action?: string;
  eventType?: string;
  outcome?: AuditOutcome;
  objectId?: string;
}

const eventTypes = {
  auth: { text: '登录认证' },
  user: { text: '用户管理' },
  role: { text: '角色权限' },
  org: { text: '组织机构' },
  security: { text: '安全策略' },
  access: { text: '访问控制' },
  audit: { text: '审计' },
  system: { text: '系统' },
};
const outcomes: Record<AuditOutcome, { text: string; color: string }> = {
  success: { text: '成功', color: 'green' },
  failure: { text: '失败', color: 'orange' },
  denied: { text: '拒绝', color: 'red' },
};
const outcomeEnum = Object.fromEntries(Object.entries(outcomes).map(([k, v]) => [k, { text: v.text }]));

/** 审计日志 (audit admin): every security-relevant event, newest first, and the hash-chain check. */
export default function AuditPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const [verification, setVerification] = useState<AuditVerification | null>(null);

  const columns: ProColumns<AuditRow>[] = [
    {
      title: '时间',
      dataIndex: 'range',
      valueType: 'dateTimeRange',
      hideInTable: true,
      search: { transform: (v: [string, string]) => ({ range: v }) },
    },
    {
      title: '时间',
      dataIndex: 'at',
      search: false,
      width: 190,
      render: (_, r) => (
        <span className="mono" style={{ whiteSpace: 'nowrap' }}>
          {dayjs(r.at).format('YYYY-MM-DD HH:mm:ss')}
        </span>
      ),
    },
    {
      title: '用户',
      dataIndex: 'username',
      width: 120,
      render: (_, r) => r.username ?? <Typography.Text type="secondary">匿名</Typography.Text>,
    },
    {
      title: '角色',
      dataIndex: 'roleCode',
      search: false,
      width: 120,
      render: (_, r) => roleDefinition(r.roleCode)?.name ?? '—',
    },
    { title: '事件类型', dataIndex: 'eventType', valueType: 'select', valueEnum: eventTypes, width: 110 },
    {
      title: '操作',
      dataIndex: 'action',
      width: 180,
      fieldProps: { placeholder: '前缀匹配，如 auth.' },
      render: (_, r) => <span className="mono">{r.action}</span>,
    },
    {
      title: '对象',
      dataIndex: 'objectId',
      width: 200,
      ellipsis: true,
      render: (_, r) =>
        r.objectType || r.objectId ? (
          <Tooltip title={r.objectId}>
            <span className="mono">
              {r.objectType ?? ''}
              {r.objectId ? `:${r.objectId.length > 14 ? `${r.objectId.slice(0, 8)}…` : r.objectId}` : ''}
            </span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: '结果',
      dataIndex: 'outcome',
      valueType: 'select',
      valueEnum: outcomeEnum,
      width: 80,
      render: (_, r) => <Tag color={outcomes[r.outcome].color}>{outcomes[r.outcome].text}</Tag>,
    },
    {
      title: '原因',
      dataIndex: 'reason',
      search: false,
      width: 140,
      ellipsis: true,
      render: (_, r) => r.reason ?? '—',
    },
    {
      title: 'IP',
      dataIndex: 'ip',
      search: false,
      width: 130,
      render: (_, r) => <span className="mono">{r.ip ?? '—'}</span>,
    },
  ];

  return (
    <PageContainer
      title={t('page.audit')}
      content="审计记录以哈希链串联，任何篡改、删除或插入都可由「校验」发现。"
    >
      {verification && <VerifyResult result={verification} onClose={() => setVerification(null)} />}
      <ListTable<AuditRow, Search>
        columns={columns}
        data-testid="audit-table"
        fetch={async (params) => {
          const [from, to] = params.range ?? [];
          return auditApi.list({
            page: params.page,
            pageSize: params.pageSize,
            from: from ? dayjs(from).toISOString() : undefined,
            to: to ? dayjs(to).toISOString() : undefined,
            username: params.username?.trim(),
            action: params.action?.trim(),
            eventType: params.eventType,
            outcome: params.outcome,
            objectId: params.objectId?.trim(),
          });
        }}
        expandable={{ expandedRowRender: (r) => <AuditRowDetail row={r} /> }}
        pagination={{ pageSizeOptions: [20, 50, 100, 200] }}
        search={{ defaultCollapsed: false }}
        options={{ density: true }}
        scroll={{ x: 1300 }}
        size="small"
        toolBarRender={() =>
          can('audit.verify') ? [<VerifyButton key="verify" onResult={setVerification} />] : []
        }
      />
    </PageContainer>
  );
}
