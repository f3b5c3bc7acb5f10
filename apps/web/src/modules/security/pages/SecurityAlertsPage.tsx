import { useState } from 'react';
import type { SecurityAlertDto, SecurityAlertKind, SecurityAlertsDto } from '@anjian/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Input, Popconfirm, Segmented, Table, Tag } from 'antd';
import { api } from '../../../api/client.ts';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';

const kinds: Record<SecurityAlertKind, { text: string; color: string }> = {
  brute_force: { text: '暴力破解', color: 'red' },
  authorization_failures: { text: '频繁越权', color: 'orange' },
  audit_chain_broken: { text: '审计链断裂', color: 'magenta' },
};
const fmt = (s: string) => new Date(s).toLocaleString('zh-CN');

/** 安全告警 (SECURITY.md IP-03) for the security admin: what the detectors raised, and marking it handled. */
export default function SecurityAlertsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const [openOnly, setOpenOnly] = useState(true);
  const [note, setNote] = useState('');
  const queryClient = useQueryClient();
  const data: SecurityAlertsDto | null =
    useQuery({
      queryKey: ['security', 'alerts', openOnly],
      queryFn: () => api.get<SecurityAlertsDto>('/security/alerts', { open: openOnly ? 'true' : undefined }),
    }).data ?? null;

  const acknowledge = async (id: string) => {
    try {
      await api.post(`/security/alerts/${id}/acknowledge`, { note: note.trim() || undefined });
      void message.success('已标记为已处理');
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['security', 'alerts'] });
    } catch (err) {
      onError(err);
    }
  };

  return (
    <PageContainer title={t('page.securityAlerts')}>
      <Alert
        type={data?.open ? 'error' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="alerts-summary"
        message={data?.open ? `${data.open} 条安全告警待处理` : '没有待处理的安全告警'}
        description="每分钟检测：10 分钟内同一 IP 登录失败 ≥ 20 次（暴力破解）、同一账号访问被拒（越权或缺少权限）≥ 20 次（频繁越权）；每日 03:30 校验审计日志哈希链。"
      />
      <Segmented
        value={openOnly ? 'open' : 'all'}
        onChange={(v) => setOpenOnly(v === 'open')}
        options={[
          { value: 'open', label: '待处理' },
          { value: 'all', label: '全部' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<SecurityAlertDto>
        rowKey="id"
        size="small"
        loading={!data}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="alerts-table"
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 170, render: fmt },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 110,
            render: (k: SecurityAlertKind) => <Tag color={kinds[k].color}>{kinds[k].text}</Tag>,
          },
          { title: '对象', dataIndex: 'subject', width: 160 },
          { title: '次数', dataIndex: 'count', width: 70 },
          { title: '详情', dataIndex: 'detail' },
          {
            title: '处理',
            key: 'ack',
            width: 160,
            render: (_: unknown, a) =>
              a.acknowledgedAt ? (
                `${a.acknowledgedBy ?? ''} ${fmt(a.acknowledgedAt)}`
              ) : (
                <Popconfirm
                  title="标记为已处理"
                  description={
                    <Input.TextArea
                      rows={2}
                      maxLength={500}
                      placeholder="处理说明（可选）"
                      value={note}
                      onChange={(e) => setNote(e.target.value)}
                    />
                  }
                  onConfirm={() => void acknowledge(a.id)}
                >
                  <Button size="small" type="link" data-testid="alert-ack">
                    标记已处理
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </PageContainer>
  );
}
