import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Col, Row, Space, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { lookup } from '../../../api/lookup.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useDetail } from '../../../components/use-detail.tsx';
import { type Enterprise, enterpriseApi } from '../enterprise.api.ts';
import { ChangeLog } from '../components/detail/ChangeLog.tsx';
import { EnterpriseInfo } from '../components/detail/EnterpriseInfo.tsx';
import { GridCard } from '../components/detail/GridCard.tsx';
import { ServingAgencies } from '../components/detail/ServingAgencies.tsx';
import { StatusHistory } from '../components/detail/StatusHistory.tsx';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal.tsx';
import { GridAssignModal } from '../components/GridAssignModal.tsx';
import { StatusModal } from '../components/StatusModal.tsx';
import { statusColor } from '../format.ts';

/**
 * 企业详情: every field, licences, grid responsibility, status history, change log and serving agencies.
 * `ownId` is given for an enterprise account's own record (本企业), which it edits in self mode.
 */
export default function EnterpriseDetailPage({ ownId }: { ownId?: string }) {
  const params = useParams();
  const id = ownId ?? params.id ?? '';
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'status' | 'grid' | null>(null);
  const detail = useDetail<Enterprise>({
    queryKey: ['enterprise', id],
    queryFn: () => enterpriseApi.get(id),
    notFound: { title: '企业不存在或不在您的管辖范围内', backTo: '/enterprises', backText: '返回企业库' },
  });

  if (detail.view) return detail.view;
  const e = detail.data;
  const canWrite = can('enterprise.write');
  const selfMode = !canWrite && can('enterprise.self');
  const saved = (next: Enterprise) => {
    setDialog(null);
    detail.set(next);
    void queryClient.invalidateQueries({ queryKey: ['enterprise', id, 'changes'] });
  };

  return (
    <PageContainer
      title={<span data-testid="enterprise-title">{e.name}</span>}
      onBack={ownId ? undefined : () => void navigate(-1)}
      tags={[
        <Tag key="s" color={lookup(statusColor, e.status)} data-testid="enterprise-status">
          {e.statusName}
        </Tag>,
        <Tag key="sector">{e.sectorName}</Tag>,
      ]}
      extra={
        <Space wrap>
          {(canWrite || selfMode) && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => setDialog('edit')}
              data-testid="enterprise-edit"
            >
              {selfMode ? '维护本企业信息' : '编辑'}
            </Button>
          )}
          {canWrite && (
            <Button onClick={() => setDialog('status')} data-testid="enterprise-status-change">
              变更状态
            </Button>
          )}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <EnterpriseInfo e={e} />
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <GridCard e={e} onEdit={can('grid.assign') ? () => setDialog('grid') : undefined} />
            <StatusHistory history={e.statusHistory} />
            {can('agency.read') && <ServingAgencies enterpriseId={e.id} />}
          </Space>
        </Col>
        <Col span={24}>
          <ChangeLog id={e.id} />
        </Col>
      </Row>
      <EnterpriseFormModal
        enterprise={e}
        selfMode={selfMode}
        open={dialog === 'edit'}
        onOpenChange={(o) => !o && setDialog(null)}
        onSaved={saved}
      />
      <StatusModal
        enterprise={dialog === 'status' ? e : null}
        onClose={() => setDialog(null)}
        onSaved={saved}
      />
      <GridAssignModal
        enterprise={e}
        open={dialog === 'grid'}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null);
          void detail.reload();
        }}
      />
    </PageContainer>
  );
}
