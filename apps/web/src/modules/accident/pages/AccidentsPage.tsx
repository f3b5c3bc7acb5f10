import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type AccidentGrade, accidentCategories, accidentGrades } from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { fmtTime } from '../../../components/format.ts';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { type Accident, accidentApi } from '../accident.api.ts';
import { AccidentFormModal } from '../components/AccidentFormModal.tsx';
import { GradeTag } from '../components/GradeTag.tsx';
import { fmtLoss } from '../format.ts';

interface Search {
  q?: string;
  divisionCode?: string;
  year?: number;
  range?: [string, string];
  category?: string;
  grade?: AccidentGrade;
  largerOnly?: 'true';
  withDeaths?: 'true';
  enterpriseId?: string;
}

const categoryEnum = Object.fromEntries(accidentCategories.map((c) => [c.code, { text: c.name }]));
const gradeEnum = Object.fromEntries(accidentGrades.map((g) => [g, { text: g }]));

/** 事故信息: the accidents in scope with filters; the dashboard drills down here through the query string. */
export default function AccidentsPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const actionRef = useRef<ActionType>(null);
  const [creating, setCreating] = useState(false);
  const initial = (k: string) => params.get(k) ?? undefined;
  const initialYear = params.get('year') ? Number(params.get('year')) : undefined;

  const columns: ProColumns<Accident>[] = [
    { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '事故名称或地点' } },
    {
      title: '行政区划',
      dataIndex: 'divisionCode',
      hideInTable: true,
      initialValue: initial('divisionCode'),
      renderFormItem: () => <DivisionTreeSelect data-testid="accident-filter-division" />,
    },
    {
      title: '统计年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      initialValue: initialYear,
      fieldProps: { min: 1949, max: 2100, precision: 0 },
    },
    { title: '时间段', dataIndex: 'range', valueType: 'dateRange', hideInTable: true },
    {
      title: '事故时间',
      dataIndex: 'occurredAt',
      search: false,
      width: 150,
      render: (_, a) => fmtTime(a.occurredAt),
    },
    {
      title: '事故名称',
      dataIndex: 'title',
      search: false,
      ellipsis: true,
      render: (_, a) => (
        <Link to={`/accidents/${a.id}`} data-testid={`accident-link-${a.id}`}>
          {a.title}
        </Link>
      ),
    },
    { title: '区划', dataIndex: 'divisionName', search: false, width: 100 },
    {
      title: '类别',
      dataIndex: 'category',
      valueType: 'select',
      valueEnum: categoryEnum,
      initialValue: initial('category'),
      width: 110,
      render: (_, a) => a.categoryName,
    },
    { title: '事故类型', dataIndex: 'accidentTypeName', search: false, width: 100 },
    {
      title: '等级',
      dataIndex: 'grade',
      valueType: 'select',
      valueEnum: gradeEnum,
      initialValue: initial('grade'),
      width: 90,
      render: (_, a) => <GradeTag grade={a.grade} />,
    },
    {
      title: '只看较大以上',
      dataIndex: 'largerOnly',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { true: { text: '是（较大及以上等级）' } },
      initialValue: initial('largerOnly') === 'true' ? 'true' : undefined,
      fieldProps: { 'data-testid': 'accident-filter-larger' },
    },
    {
      title: '只看有死亡',
      dataIndex: 'withDeaths',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { true: { text: '是（死亡人数明细）' } },
      initialValue: initial('withDeaths') === 'true' ? 'true' : undefined,
      fieldProps: { 'data-testid': 'accident-filter-deaths' },
    },
    { title: '死亡', dataIndex: 'deaths', search: false, width: 64, align: 'right' },
    { title: '重伤', dataIndex: 'seriousInjuries', search: false, width: 64, align: 'right' },
    {
      title: '直接经济损失',
      dataIndex: 'directLoss',
      search: false,
      width: 130,
      align: 'right',
      render: (_, a) => fmtLoss(a.directLoss),
    },
    {
      title: '企业',
      dataIndex: 'enterpriseId',
      initialValue: initial('enterpriseId'),
      ellipsis: true,
      renderFormItem: () => <EnterpriseSelect placeholder="按企业筛选" />,
      render: (_, a) => a.enterpriseName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <PageContainer title={t('page.accidents')}>
      <ListTable<Accident, Search>
        urlState
        key={params.toString()}
        actionRef={actionRef}
        columns={columns}
        data-testid="accidents-table"
        fetch={(p) =>
          accidentApi.list({
            page: p.page,
            pageSize: p.pageSize,
            q: p.q?.trim(),
            divisionCode: p.divisionCode,
            year: p.year,
            from: p.range?.[0],
            to: p.range?.[1],
            category: p.category,
            grade: p.grade,
            largerOnly: p.largerOnly,
            withDeaths: p.withDeaths,
            enterpriseId: p.enterpriseId,
          })
        }
        search={{ defaultCollapsed: false }}
        scroll={{ x: 1300 }}
        toolBarRender={() =>
          can('accident.write')
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setCreating(true)}
                  data-testid="accident-create"
                >
                  {t('accidents.create')}
                </Button>,
              ]
            : []
        }
      />
      <AccidentFormModal
        open={creating}
        onOpenChange={setCreating}
        onSaved={(a) => {
          setCreating(false);
          void navigate(`/accidents/${a.id}`);
        }}
      />
    </PageContainer>
  );
}
