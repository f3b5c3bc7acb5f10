import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useDetail } from '../../../components/use-detail.tsx';
import {
  type AgencyDetail,
  type Contract,
  type Qualification,
  type Staff,
  agencyApi,
} from '../agency.api.ts';
import { type AgencyDialog, AgencyDialogs } from '../components/AgencyDialogs.tsx';
import { AgencyFormModal } from '../components/AgencyFormModal.tsx';
import { ExpiryTag } from '../components/QualificationTags.tsx';
import { VisitsCard } from '../components/VisitsCard.tsx';

/** 机构详情: qualifications with expiry, staff, contracts (托管 / 政府购买服务) and service visits. */
export default function AgencyDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const onError = useApiError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<AgencyDialog | null>(null);
  const detail = useDetail<AgencyDetail>({
    queryKey: ['agency', id],
    queryFn: () => agencyApi.get(id),
    notFound: { title: '机构不存在或不在您的管辖范围内', backTo: '/agencies', backText: '返回' },
  });

  if (detail.view) return detail.view;
  const a = detail.data;
  const setA = detail.set;
  const canWrite = can('agency.write');
  const end = async (c: Contract) => {
    try {
      setA(await agencyApi.endContract(a.id, c.id));
      void message.success('合同已终止，机构即时失去该企业的访问权限');
    } catch (err) {
      onError(err);
    }
  };

  return (
    <PageContainer
      title={a.name}
      onBack={() => void navigate(-1)}
      extra={
        canWrite && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            编辑
          </Button>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title="基本信息" style={{ height: '100%' }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="统一社会信用代码">
                <span className="mono">{a.creditCode}</span>
              </Descriptions.Item>
              <Descriptions.Item label="注册区划">{a.divisionName}</Descriptions.Item>
              <Descriptions.Item label="地址">{a.address ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="联系人">{a.contactPerson ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="资质">
            <Table<Qualification>
              size="small"
              rowKey="number"
              dataSource={a.qualifications}
              pagination={false}
              columns={[
                { title: '类别', dataIndex: 'kind' },
                { title: '编号', dataIndex: 'number' },
                { title: '等级', dataIndex: 'level', render: (v: string | null) => v ?? '—' },
                { title: '有效期至', dataIndex: 'expiresOn', render: (_, q) => <ExpiryTag q={q} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={`人员（${a.staff.length}）`}
            extra={
              canWrite && (
                <Button size="small" onClick={() => setDialog('staff')}>
                  添加人员
                </Button>
              )
            }
          >
            <Table<Staff>
              size="small"
              rowKey="id"
              dataSource={a.staff}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                {
                  title: '姓名',
                  dataIndex: 'name',
                  render: (v: string, s) => (s.active ? v : <Typography.Text delete>{v}</Typography.Text>),
                },
                { title: '职称/岗位', dataIndex: 'title', render: (v: string | null) => v ?? '—' },
                { title: '证书编号', dataIndex: 'certificateNo', render: (v: string | null) => v ?? '—' },
                { title: '专业', dataIndex: 'specialty', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={`服务合同（有效 ${a.activeContracts}）`}
            extra={
              canWrite && (
                <Button size="small" onClick={() => setDialog('contract')}>
                  新增合同
                </Button>
              )
            }
          >
            <Table<Contract>
              size="small"
              rowKey="id"
              dataSource={a.contracts}
              scroll={{ x: 600 }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                {
                  title: '企业',
                  dataIndex: 'enterpriseName',
                  render: (v: string, c) => <Link to={`/enterprises/${c.enterpriseId}`}>{v}</Link>,
                },
                { title: '方式', dataIndex: 'kindName', width: 110 },
                {
                  title: '期限',
                  key: 'term',
                  width: 200,
                  render: (_, c) => `${c.startsOn} 至 ${c.endsOn ?? '长期'}`,
                },
                {
                  title: '状态',
                  key: 'active',
                  width: 120,
                  render: (_, c) => (
                    <Space size={4}>
                      <Tag color={c.active ? 'green' : 'default'}>{c.active ? '有效' : '已终止'}</Tag>
                      {canWrite && c.active && (
                        <Popconfirm
                          title={`终止与 ${c.enterpriseName} 的合同？`}
                          onConfirm={() => void end(c)}
                        >
                          <Typography.Link type="danger">终止</Typography.Link>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <VisitsCard agencyId={a.id} onAdd={can('agency.visit') ? () => setDialog('visit') : undefined} />
        </Col>
      </Row>
      <AgencyFormModal
        agency={a}
        open={editing}
        onOpenChange={setEditing}
        onSaved={(next) => (setEditing(false), setA(next))}
      />
      <AgencyDialogs
        agency={a}
        dialog={dialog}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null);
          // The record and its visits (['agency', id, 'visits', …]) both.
          void queryClient.invalidateQueries({ queryKey: ['agency', a.id] });
        }}
      />
    </PageContainer>
  );
}
