import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { type Agency, agencyApi } from '../agency.api.ts';
import { AgencyFormModal } from '../components/AgencyFormModal.tsx';
import { ExpiryTag } from '../components/QualificationTags.tsx';

interface Search {
  q?: string;
  expiringWithinDays?: string;
}

/** 第三方机构: the technical service agencies in scope, their qualifications' expiry, staff and contracts. */
export default function AgenciesPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const actionRef = useRef<ActionType>(null);
  const [creating, setCreating] = useState(false);

  const columns: ProColumns<Agency>[] = [
    { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '机构名称或信用代码' } },
    {
      title: '资质到期',
      dataIndex: 'expiringWithinDays',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { '0': { text: '已过期' }, '30': { text: '30 天内到期' }, '90': { text: '90 天内到期' } },
    },
    {
      title: '机构名称',
      dataIndex: 'name',
      search: false,
      render: (_, a) => (
        <Link to={`/agencies/${a.id}`} data-testid={`agency-link-${a.creditCode}`}>
          {a.name}
        </Link>
      ),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      search: false,
      width: 190,
      render: (_, a) => <span className="mono">{a.creditCode}</span>,
    },
    { title: '区划', dataIndex: 'divisionName', search: false, width: 100 },
    {
      title: '联系人',
      dataIndex: 'contactPerson',
      search: false,
      width: 90,
      render: (_, a) => a.contactPerson ?? '—',
    },
    {
      title: '资质',
      dataIndex: 'qualifications',
      search: false,
      render: (_, a) =>
        a.qualifications.length ? (
          <Space direction="vertical" size={2}>
            {a.qualifications.map((q) => (
              <span key={q.number}>
                {q.kind}
                {q.level ? `（${q.level}）` : ''} <ExpiryTag q={q} />
              </span>
            ))}
          </Space>
        ) : (
          <Typography.Text type="warning">未登记资质</Typography.Text>
        ),
    },
    { title: '人员', dataIndex: 'staffCount', search: false, width: 70, align: 'right' },
    { title: '有效合同', dataIndex: 'activeContracts', search: false, width: 90, align: 'right' },
  ];

  return (
    <PageContainer title={t('page.agencies')}>
      <ListTable<Agency, Search>
        actionRef={actionRef}
        columns={columns}
        data-testid="agencies-table"
        fetch={(p) =>
          agencyApi.list({
            page: p.page,
            pageSize: p.pageSize,
            q: p.q?.trim(),
            expiringWithinDays: p.expiringWithinDays,
          })
        }
        options={{ setting: false }}
        scroll={{ x: 1000 }}
        toolBarRender={() =>
          can('agency.write')
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setCreating(true)}
                  data-testid="agency-create"
                >
                  登记机构
                </Button>,
              ]
            : []
        }
      />
      <AgencyFormModal
        open={creating}
        onOpenChange={setCreating}
        onSaved={(a) => {
          setCreating(false);
          void navigate(`/agencies/${a.id}`);
        }}
      />
    </PageContainer>
  );
}
