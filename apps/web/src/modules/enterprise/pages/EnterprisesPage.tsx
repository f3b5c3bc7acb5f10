import { useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { type ActionType, PageContainer } from '@ant-design/pro-components';
import { Button, Grid, Space, Typography } from 'antd';
import {
  ClusterOutlined,
  DownloadOutlined,
  EnvironmentOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import {
  type Enterprise,
  type EnterpriseFilter,
  type EnterpriseSummary,
  download,
  enterpriseApi,
} from '../enterprise.api.ts';
import { enterpriseColumns, sortField } from '../components/EnterpriseColumns.tsx';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal.tsx';
import { GridAssignModal } from '../components/GridAssignModal.tsx';
import { ImportModal } from '../components/ImportModal.tsx';
import { StatusModal } from '../components/StatusModal.tsx';

type Search = EnterpriseFilter & { current?: number; pageSize?: number };
const filterKeys = [
  'q',
  'divisionCode',
  'sector',
  'status',
  'sizeClass',
  'standardizationLevel',
  'gap',
  'gridUserId',
  'agencyId',
] as const;

/** Filters from the address (drill-down from the coverage report or a link): `?gap=territorial&divisionCode=…`. */
function filterFrom(params: URLSearchParams): EnterpriseFilter {
  const out: Record<string, string> = {};
  for (const k of filterKeys) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out as EnterpriseFilter;
}

/** 企业库: the enterprises in scope, filtered, sorted and paged by the server; import, export and bulk grid assignment. */
export default function EnterprisesPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const onError = useApiError();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const actionRef = useRef<ActionType>(null);
  const filterRef = useRef<EnterpriseFilter>(filterFrom(params));
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'create' | 'import' | 'grid' | null>(null);
  const [editing, setEditing] = useState<Enterprise | null>(null);
  const [statusOf, setStatusOf] = useState<EnterpriseSummary | null>(null);
  const reload = () => void actionRef.current?.reload();
  const canWrite = can('enterprise.write');
  // Phone width: no fixed columns, icon-only toolbar buttons (their names stay as aria-label / title).
  const narrow = !Grid.useBreakpoint().md;
  const label = (text: string) => (narrow ? { title: text, 'aria-label': text } : { children: text });

  const edit = async (id: string) => {
    try {
      setEditing(await enterpriseApi.get(id));
    } catch (err) {
      onError(err);
    }
  };

  const columns = enterpriseColumns(
    (_, e) => (
      <Space size={10} wrap>
        <Typography.Link onClick={() => void navigate(`/enterprises/${e.id}`)}>详情</Typography.Link>
        {canWrite && (
          <Typography.Link onClick={() => void edit(e.id)} data-testid={`enterprise-edit-${e.creditCode}`}>
            {t('btn.edit')}
          </Typography.Link>
        )}
        {canWrite && <Typography.Link onClick={() => setStatusOf(e)}>状态</Typography.Link>}
      </Space>
    ),
    narrow,
  );

  const toolbar = [
    <Button
      key="map"
      icon={<EnvironmentOutlined />}
      onClick={() => void navigate('/enterprise-map')}
      {...label('企业地图')}
    />,
    <Button
      key="export"
      icon={<DownloadOutlined />}
      onClick={() => download(enterpriseApi.exportUrl(filterRef.current))}
      data-testid="enterprise-export"
      {...label('导出')}
    />,
  ];
  if (can('enterprise.import'))
    toolbar.push(
      <Button
        key="import"
        icon={<UploadOutlined />}
        onClick={() => setDialog('import')}
        data-testid="enterprise-import"
        {...label('导入')}
      />,
    );
  if (canWrite)
    toolbar.push(
      <Button
        key="create"
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setDialog('create')}
        data-testid="enterprise-create"
        {...label('登记企业')}
      />,
    );

  return (
    <PageContainer title={t('page.enterprises')}>
      <ListTable<EnterpriseSummary, Search>
        key={location.search}
        actionRef={actionRef}
        columns={columns}
        data-testid="enterprises-table"
        form={{ initialValues: filterFrom(params) }}
        fetch={async (p, sort) => {
          const [key, dir] = Object.entries(sort ?? {}).find(([, d]) => d) ?? [];
          const filter: EnterpriseFilter = {};
          for (const k of filterKeys) {
            const v = p[k];
            if (typeof v === 'string' && v.trim()) (filter as Record<string, string>)[k] = v.trim();
          }
          filterRef.current = filter;
          return enterpriseApi.list({
            ...filter,
            page: p.page,
            pageSize: p.pageSize,
            sort: key ? sortField[key] : undefined,
            order: dir === 'ascend' ? 'asc' : dir === 'descend' ? 'desc' : undefined,
          });
        }}
        rowSelection={
          can('grid.assign')
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                preserveSelectedRowKeys: true,
              }
            : false
        }
        tableAlertOptionRender={() => (
          <Space>
            <Button
              size="small"
              type="primary"
              icon={<ClusterOutlined />}
              onClick={() => setDialog('grid')}
              data-testid="grid-assign"
            >
              分配网格责任
            </Button>
            <Typography.Link onClick={() => setSelected([])}>取消选择</Typography.Link>
          </Space>
        )}
        pagination={{ pageSizeOptions: [10, 20, 50, 100, 200] }}
        search={{ defaultCollapsed: true }}
        options={narrow ? false : undefined}
        scroll={{ x: narrow ? 1200 : 1500 }}
        toolBarRender={() => toolbar}
      />
      <EnterpriseFormModal
        enterprise={editing}
        open={dialog === 'create' || Boolean(editing)}
        onOpenChange={(o) => {
          if (o) return;
          setDialog(null);
          setEditing(null);
        }}
        onSaved={(e) => {
          setDialog(null);
          setEditing(null);
          if (dialog === 'create') void navigate(`/enterprises/${e.id}`);
          else reload();
        }}
      />
      <StatusModal
        enterprise={statusOf}
        onClose={() => setStatusOf(null)}
        onSaved={() => (setStatusOf(null), reload())}
      />
      <ImportModal open={dialog === 'import'} onClose={() => setDialog(null)} onImported={reload} />
      <GridAssignModal
        ids={selected}
        open={dialog === 'grid'}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null);
          setSelected([]);
          reload();
        }}
      />
    </PageContainer>
  );
}
