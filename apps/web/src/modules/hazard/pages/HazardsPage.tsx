import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  type HazardLevel,
  type HazardSource,
  type HazardStatus,
  hazardLevels,
  hazardSources,
  hazardStatusNames,
} from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { fmtTime } from '../../../components/format.ts';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { type HazardSummary, hazardApi } from '../hazard.api.ts';
import { HazardTags, LevelTag, fmtDeadline } from '../components/HazardTags.tsx';

interface Search {
  status?: HazardStatus;
  level?: HazardLevel;
  source?: HazardSource;
  overdue?: 'true' | 'false';
  enterpriseId?: string;
  divisionCode?: string;
  range?: [string, string];
}

const enumOf = (xs: readonly string[]) => Object.fromEntries(xs.map((x) => [x, { text: x }]));
const statusEnum = Object.fromEntries(Object.entries(hazardStatusNames).map(([k, v]) => [k, { text: v }]));

/** 隐患台账: hazards in scope, newest first, with the filters of docs/api-hazard.md; 逾期 comes from the server. */
export default function HazardsPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initial = (k: string) => params.get(k) ?? undefined;

  const columns: ProColumns<HazardSummary>[] = [
    {
      title: '上报时间',
      dataIndex: 'reportedAt',
      search: false,
      width: 140,
      render: (_, h) => fmtTime(h.reportedAt),
    },
    {
      title: '企业',
      dataIndex: 'enterpriseId',
      ellipsis: true,
      initialValue: initial('enterpriseId'),
      renderFormItem: () => <EnterpriseSelect placeholder="按企业筛选" />,
      render: (_, h) => h.enterprise.name,
    },
    {
      title: '隐患描述',
      dataIndex: 'description',
      search: false,
      ellipsis: true,
      render: (_, h) => (
        <Link to={`/hazards/${h.id}`} data-testid={`hazard-link-${h.id}`}>
          {h.description}
        </Link>
      ),
    },
    {
      title: '行政区划',
      dataIndex: 'divisionCode',
      width: 100,
      initialValue: initial('divisionCode'),
      renderFormItem: () => <DivisionTreeSelect />,
      render: (_, h) => h.divisionName,
    },
    { title: '行业', dataIndex: 'sectorName', search: false, width: 100, ellipsis: true },
    {
      title: '来源',
      dataIndex: 'source',
      valueType: 'select',
      valueEnum: enumOf(hazardSources),
      width: 90,
      initialValue: initial('source'),
    },
    {
      title: '等级',
      dataIndex: 'level',
      valueType: 'select',
      valueEnum: enumOf(hazardLevels),
      width: 70,
      initialValue: initial('level'),
      render: (_, h) => <LevelTag level={h.level} />,
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: statusEnum,
      width: 170,
      initialValue: initial('status'),
      render: (_, h) => <HazardTags h={h} />,
    },
    {
      title: '逾期',
      dataIndex: 'overdue',
      valueType: 'select',
      valueEnum: { true: { text: '仅逾期' }, false: { text: '未逾期' } },
      hideInTable: true,
      initialValue: initial('overdue'),
    },
    { title: '整改期限', dataIndex: 'deadline', search: false, width: 170, render: (_, h) => fmtDeadline(h) },
    { title: '上报时段', dataIndex: 'range', valueType: 'dateRange', hideInTable: true },
  ];

  return (
    <PageContainer title={t('page.hazards')}>
      <ListTable<HazardSummary, Search>
        urlState
        key={params.toString()}
        columns={columns}
        data-testid="hazards-table"
        fetch={(p) =>
          hazardApi.list({
            page: p.page,
            pageSize: p.pageSize,
            status: p.status,
            level: p.level,
            source: p.source,
            overdue: p.overdue,
            enterpriseId: p.enterpriseId,
            divisionCode: p.divisionCode,
            from: p.range?.[0],
            to: p.range?.[1],
          })
        }
        onRow={(h) => ({ onDoubleClick: () => void navigate(`/hazards/${h.id}`) })}
        search={{ defaultCollapsed: false }}
        scroll={{ x: 1200 }}
        toolBarRender={() =>
          can('hazard.report')
            ? [
                <Button
                  key="report"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => void navigate('/hazards/report')}
                  data-testid="hazard-report"
                >
                  上报隐患
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
