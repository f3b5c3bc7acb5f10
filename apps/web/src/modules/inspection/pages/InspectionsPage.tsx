import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import type { InspectionSummary } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { fmtTime } from '../../../components/format.ts';
import { inspectionApi } from '../inspection.api.ts';

interface Search {
  enterpriseId?: string;
  status?: InspectionSummary['status'];
  createdAt?: [string, string];
}

/** 现场检查 list: narrow columns so that it reads on a phone; a row opens the detail with its documents. */
export default function InspectionsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const statusEnum = {
    rectifying: { text: t('inspection.status.rectifying') },
    closed: { text: t('inspection.status.closed') },
  };
  const columns: ProColumns<InspectionSummary>[] = [
    {
      title: '被检查单位',
      dataIndex: 'enterpriseId',
      renderFormItem: () => <EnterpriseSelect placeholder="按企业筛选" />,
      // One cell for the name and the time, so that the list reads on a phone without scrolling.
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Link to={`/inspections/${r.id}`} data-testid={`inspection-link-${r.id}`}>
            {r.enterpriseName}
          </Link>
          <Typography.Text type="secondary">{fmtTime(r.createdAt)}</Typography.Text>
        </Space>
      ),
    },
    { title: '检查日期', dataIndex: 'createdAt', valueType: 'dateRange', hideInTable: true },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: statusEnum,
      width: 110,
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={r.status === 'closed' ? 'green' : 'orange'}>{statusEnum[r.status].text}</Tag>
          {r.openFindingCount > 0 && (
            <Tag color="red">
              {t('inspection.open')} {r.openFindingCount}/{r.findingCount}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: '检查人员', dataIndex: 'inspectedBy', search: false, responsive: ['md'], width: 160 },
  ];
  return (
    <PageContainer title={t('page.inspections')}>
      <ListTable<InspectionSummary, Search>
        urlState
        key={params.toString()}
        columns={columns}
        data-testid="inspections-table"
        fetch={(p) =>
          inspectionApi.list({
            page: p.page,
            pageSize: p.pageSize,
            enterpriseId: p.enterpriseId,
            status: p.status,
            from: p.createdAt?.[0],
            to: p.createdAt?.[1],
          })
        }
        onRow={(r) => ({ onDoubleClick: () => void navigate(`/inspections/${r.id}`) })}
        search={{ defaultCollapsed: true }}
      />
    </PageContainer>
  );
}
