import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import { lookup } from '../../../api/lookup.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { fmtTime } from '../../../components/format.ts';
import type { EnterpriseSummary } from '../enterprise.api.ts';
import {
  gapEnum,
  levelOptions,
  sectorOptions,
  sizeOptions,
  statusColor,
  statusOptions,
  toValueEnum,
} from '../format.ts';

const levelName = (v: string) => levelOptions.find((o) => o.value === v)?.label ?? v;

/** The list's columns; search-only ones (keyword, division, grid gap) feed the filters. */
export function enterpriseColumns(
  actions: ProColumns<EnterpriseSummary>['render'],
  narrow = false,
): ProColumns<EnterpriseSummary>[] {
  return [
    { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '企业名称或信用代码' } },
    {
      title: '行政区划',
      dataIndex: 'divisionCode',
      hideInTable: true,
      renderFormItem: () => <DivisionTreeSelect data-testid="filter-division" aria-label="行政区划" />,
    },
    {
      title: '企业名称',
      dataIndex: 'name',
      search: false,
      sorter: true,
      fixed: narrow ? undefined : 'left',
      width: narrow ? 180 : 220,
      render: (_, e) => (
        <Link to={`/enterprises/${e.id}`} data-testid={`enterprise-link-${e.creditCode}`}>
          {e.name}
        </Link>
      ),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      search: false,
      sorter: true,
      width: 190,
      render: (_, e) => <Typography.Text className="mono">{e.creditCode}</Typography.Text>,
    },
    { title: '区划', dataIndex: 'divisionName', search: false, sorter: true, width: 110 },
    {
      title: '监管行业',
      dataIndex: 'sector',
      valueType: 'select',
      valueEnum: toValueEnum(sectorOptions),
      fieldProps: { showSearch: true },
      width: 110,
      render: (_, e) => e.sectorName,
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: toValueEnum(statusOptions),
      width: 90,
      render: (_, e) => <Tag color={lookup(statusColor, e.status)}>{e.statusName}</Tag>,
    },
    {
      title: '规模',
      dataIndex: 'sizeClass',
      valueType: 'select',
      valueEnum: toValueEnum(sizeOptions),
      width: 70,
      render: (_, e) => e.sizeClassName ?? '—',
    },
    {
      title: '标准化',
      dataIndex: 'standardizationLevel',
      valueType: 'select',
      valueEnum: toValueEnum(levelOptions),
      width: 80,
      render: (_, e) => levelName(e.standardizationLevel),
    },
    { title: '从业人数', dataIndex: 'employees', search: false, sorter: true, width: 100, align: 'right' },
    {
      title: '网格缺口',
      dataIndex: 'gap',
      valueType: 'select',
      valueEnum: gapEnum,
      hideInTable: true,
    },
    {
      title: '属地 / 行业监管',
      dataIndex: 'grid',
      search: false,
      width: 220,
      render: (_, e) => (
        <Space size={[0, 4]} wrap>
          {e.grid.gridUserName ? <Tag>{e.grid.gridUserName}</Tag> : <Tag color="red">无属地责任人</Tag>}
          {e.grid.industryDepartmentName ? (
            <Tag color="blue">{e.grid.industryDepartmentName}</Tag>
          ) : (
            <Tag color="volcano">无行业部门</Tag>
          )}
        </Space>
      ),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      search: false,
      sorter: true,
      width: 140,
      render: (_, e) => fmtTime(e.updatedAt),
    },
    { title: '操作', valueType: 'option', width: 150, fixed: narrow ? undefined : 'right', render: actions },
  ];
}

/** ProTable's column key → the API's sort field. */
export const sortField: Record<string, string> = {
  name: 'name',
  creditCode: 'creditCode',
  divisionName: 'divisionCode',
  employees: 'employees',
  updatedAt: 'updatedAt',
};
