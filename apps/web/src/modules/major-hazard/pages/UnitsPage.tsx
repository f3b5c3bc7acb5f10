import { useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button, Grid, Typography } from 'antd';
import { DownloadOutlined, EnvironmentOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import {
  type MajorHazardGap,
  type MajorHazardLevel,
  guarantorRoleNames,
  majorHazardLevels,
  majorHazardUnitKindNames,
} from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { fmtTime } from '../../../components/format.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { type Unit, download, majorHazardApi } from '../major-hazard.api.ts';
import { chemicalLabel } from '../components/chemical-rows.ts';
import { LevelTag } from '../components/LevelTag.tsx';
import { EvaluationTag } from '../components/RegistrationCard.tsx';

interface Search {
  divisionCode?: string;
  level?: MajorHazardLevel;
  majorOnly?: 'true';
  gap?: MajorHazardGap;
}

const gapEnum = {
  guarantor: { text: '包保责任人未明确' },
  evaluation: { text: '安全评估缺失、超期或需重新评估' },
  duty: { text: '包保履职任务逾期' },
};

const levelEnum = Object.fromEntries(majorHazardLevels.map((l) => [l, { text: l }]));

/**
 * 重大危险源: the units in scope, most severe first — an enterprise its own (with 新增单元), a regulator
 * the sources of its area with filters by county and level, the map and the .xlsx export.
 */
export default function UnitsPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const actionRef = useRef<ActionType>(null);
  const filterRef = useRef<Search & { enterpriseId?: string }>({});
  const narrow = !Grid.useBreakpoint().md;
  const label = (text: string) => (narrow ? { title: text, 'aria-label': text } : { children: text });
  const initial = (k: string) => params.get(k) ?? undefined;

  const columns: ProColumns<Unit>[] = [
    {
      title: '县区',
      dataIndex: 'divisionCode',
      hideInTable: true,
      initialValue: initial('divisionCode'),
      renderFormItem: () => <DivisionTreeSelect data-testid="mh-filter-division" />,
    },
    {
      title: '级别',
      dataIndex: 'level',
      valueType: 'select',
      valueEnum: levelEnum,
      initialValue: initial('level'),
      width: 120,
      fieldProps: { 'data-testid': 'mh-filter-level' },
      render: (_, u) => <LevelTag level={u.level} isMajor={u.isMajor} />,
    },
    {
      title: '只看重大危险源',
      dataIndex: 'majorOnly',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { true: { text: '是（S ≥ 1）' } },
      initialValue: initial('majorOnly') === 'true' ? 'true' : undefined,
    },
    {
      title: '待办',
      dataIndex: 'gap',
      hideInTable: true,
      valueType: 'select',
      valueEnum: gapEnum,
      initialValue: initial('gap'),
      fieldProps: { 'data-testid': 'mh-filter-gap' },
    },
    {
      title: '单元名称',
      dataIndex: 'name',
      search: false,
      width: 170,
      render: (_, u) => (
        <Link to={`/major-hazard/units/${u.id}`} data-testid="mh-unit-link">
          {u.name}
        </Link>
      ),
    },
    { title: '企业', dataIndex: 'enterpriseName', search: false, ellipsis: true, width: 200 },
    { title: '区划', dataIndex: 'divisionName', search: false, width: 100, responsive: ['md'] },
    {
      title: '类型',
      dataIndex: 'kind',
      search: false,
      width: 90,
      responsive: ['md'],
      render: (_, u) => majorHazardUnitKindNames[u.kind],
    },
    {
      title: '危险化学品（t）',
      dataIndex: 'chemicals',
      search: false,
      ellipsis: true,
      width: 180,
      responsive: ['lg'],
      render: (_, u) => u.chemicals.map((c) => `${chemicalLabel(c)} ${String(c.q)}`).join('；'),
    },
    {
      title: '备案编号',
      dataIndex: 'recordNo',
      search: false,
      width: 130,
      responsive: ['md'],
      render: (_, u) => u.registration?.recordNo ?? '—',
    },
    {
      title: '安全评估',
      dataIndex: 'evaluation',
      search: false,
      width: 170,
      render: (_, u) =>
        u.registration ? (
          <span>
            <EvaluationTag status={u.registration.evaluationStatus} />
            {u.registration.evaluationDueOn && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {u.registration.evaluationDueOn}
              </Typography.Text>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: '包保责任人',
      dataIndex: 'guarantors',
      search: false,
      width: 150,
      responsive: ['md'],
      render: (_, u) =>
        !u.registration ? (
          '—'
        ) : u.registration.missingRoles.length ? (
          <Typography.Text type="danger">
            缺{u.registration.missingRoles.map((r) => guarantorRoleNames[r]).join('、')}
          </Typography.Text>
        ) : (
          u.registration.guarantors.map((g) => g.name).join('、')
        ),
    },
    { title: 'S', dataIndex: 'S', search: false, width: 90, align: 'right' },
    { title: 'R', dataIndex: 'R', search: false, width: 90, align: 'right' },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      search: false,
      width: 150,
      responsive: ['lg'],
      render: (_, u) => fmtTime(u.updatedAt),
    },
  ];

  const toolbar = [
    <Button
      key="baobao"
      icon={<TeamOutlined />}
      onClick={() => void navigate('/major-hazard/baobao')}
      {...label('包保履职')}
    />,
    <Button
      key="map"
      icon={<EnvironmentOutlined />}
      onClick={() => void navigate('/major-hazard/map')}
      {...label('分布图')}
    />,
    <Button
      key="export"
      icon={<DownloadOutlined />}
      data-testid="mh-export"
      onClick={() => download(majorHazardApi.exportUrl({ ...filterRef.current }))}
      {...label('导出备案登记表')}
    />,
  ];
  if (can('majorhazard.write'))
    toolbar.push(
      <Button
        key="create"
        type="primary"
        icon={<PlusOutlined />}
        data-testid="mh-unit-create"
        onClick={() => void navigate('/major-hazard/units/new')}
      >
        {t('majorHazard.create')}
      </Button>,
    );

  return (
    <PageContainer title={t('page.majorHazardUnits')}>
      <ListTable<Unit, Search>
        urlState
        actionRef={actionRef}
        columns={columns}
        data-testid="mh-units-table"
        fetch={(p) => {
          filterRef.current = {
            divisionCode: p.divisionCode,
            level: p.level,
            majorOnly: p.majorOnly,
            gap: p.gap,
            // from the 包保 report's link: one enterprise's sources
            enterpriseId: params.get('enterpriseId') ?? undefined,
          };
          return majorHazardApi.list({ page: p.page, pageSize: p.pageSize, ...filterRef.current });
        }}
        search={{ defaultCollapsed: false }}
        scroll={{ x: 1500 }}
        toolBarRender={() => toolbar}
        footer={() => (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            依据 GB 18218-2018：S = Σ q/Q ≥ 1 为重大危险源，按 R 分为一级至四级。
          </Typography.Text>
        )}
      />
    </PageContainer>
  );
}
