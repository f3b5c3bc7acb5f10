import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Tag } from 'antd';
import { type CaseStatus, caseStatusNames } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { type CaseSummary, enforcementApi } from '../enforcement.api.ts';
import { ClockTag } from './ClockTag.tsx';

interface Search {
  status?: CaseStatus;
  enterpriseId?: string;
  divisionCode?: string;
  q?: string;
}

const statusEnum = Object.fromEntries(Object.entries(caseStatusNames).map(([k, v]) => [k, { text: v }]));

/** 行政处罚案件: the cases in scope, newest 立案 first, with the authority's nearest statutory clock. */
export default function CasesPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const columns: ProColumns<CaseSummary>[] = [
    { title: '案号', dataIndex: 'caseNo', search: false, width: 200 },
    {
      title: '案由',
      dataIndex: 'q',
      ellipsis: true,
      render: (_, c) => (
        <Link to={`/enforcement/cases/${c.id}`} data-testid={`case-link-${c.id}`}>
          {c.title}
        </Link>
      ),
    },
    {
      title: '当事人',
      dataIndex: 'enterpriseId',
      ellipsis: true,
      renderFormItem: () => <EnterpriseSelect placeholder="按企业筛选" />,
      render: (_, c) => c.enterprise.name,
    },
    {
      title: '行政区划',
      dataIndex: 'divisionCode',
      width: 100,
      renderFormItem: () => <DivisionTreeSelect />,
      render: (_, c) => c.divisionName,
    },
    { title: '立案日期', dataIndex: 'filedOn', search: false, width: 110 },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: statusEnum,
      width: 150,
      render: (_, c) => (
        <>
          <Tag>{c.statusName}</Tag>
          {c.major && <Tag color="purple">重大</Tag>}
        </>
      ),
    },
    {
      title: '罚款（元）',
      dataIndex: 'fine',
      search: false,
      width: 100,
      render: (_, c) => (c.fine === null ? '—' : c.fine.toLocaleString('zh-CN')),
    },
    {
      title: '法定期限',
      dataIndex: 'nextDue',
      search: false,
      width: 220,
      render: (_, c) =>
        c.nextDue ? (
          <span>
            {c.nextDue.name}{' '}
            <ClockTag clock={{ status: c.nextDue.status as 'running', due: c.nextDue.due }} />
          </span>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <PageContainer title={t('page.enforcementCases')}>
      <ListTable<CaseSummary, Search>
        urlState
        key={params.toString()}
        columns={columns}
        data-testid="cases-table"
        fetch={(p) =>
          enforcementApi.cases({
            page: p.page,
            pageSize: p.pageSize,
            status: p.status,
            enterpriseId: p.enterpriseId,
            divisionCode: p.divisionCode,
            q: p.q,
          })
        }
        onRow={(c) => ({ onDoubleClick: () => void navigate(`/enforcement/cases/${c.id}`) })}
        search={{ defaultCollapsed: false }}
        scroll={{ x: 1200 }}
      />
    </PageContainer>
  );
}
