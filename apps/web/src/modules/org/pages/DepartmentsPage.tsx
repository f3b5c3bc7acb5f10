import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type ActionType, PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { sectorName } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { DepartmentFormModal } from '../components/DepartmentFormModal.tsx';
import { type Department, orgApi } from '../org.api.ts';

interface Search {
  q?: string;
  divisionCode?: string;
}

/** 部门管理: government departments and the sectors each regulates. */
export default function DepartmentsPage() {
  const { can } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const [searchParams] = useSearchParams();
  const actionRef = useRef<ActionType>(null);
  const [editing, setEditing] = useState<{ department: Department | null } | null>(null);
  const mayWrite = can('org.write');

  const remove = async (d: Department) => {
    try {
      await orgApi.deleteDepartment(d.id);
      void message.success(`已删除：${d.name}`);
      void actionRef.current?.reload();
    } catch (err) {
      onError(err);
    }
  };

  const columns: ProColumns<Department>[] = [
    { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '部门名称或简称' } },
    {
      title: '部门名称',
      dataIndex: 'name',
      search: false,
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{d.name}</Typography.Text>
          {d.shortName && <Typography.Text type="secondary">{d.shortName}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '所属区划',
      dataIndex: 'divisionCode',
      render: (_, d) => d.divisionName,
      renderFormItem: () => (
        <DivisionTreeSelect data-testid="departments-filter-division" aria-label="所属区划" />
      ),
    },
    {
      title: '监管行业',
      dataIndex: 'sectors',
      search: false,
      render: (_, d) =>
        d.sectors.length ? (
          <Space size={[0, 4]} wrap>
            {d.sectors.map((s) => (
              <Tag key={s} color="geekblue">
                {sectorName(s)}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '安全监管职责', dataIndex: 'duties', search: false, ellipsis: true, width: 260 },
    { title: '用户数', dataIndex: 'userCount', search: false, width: 80, align: 'right' },
    {
      title: '操作',
      valueType: 'option',
      width: 120,
      hideInTable: !mayWrite,
      render: (_, d) => [
        <Typography.Link
          key="edit"
          onClick={() => setEditing({ department: d })}
          data-testid={`department-edit-${d.id}`}
        >
          {t('btn.edit')}
        </Typography.Link>,
        <Popconfirm
          key="delete"
          title={`删除部门「${d.name}」？`}
          description={
            d.userCount > 0 ? `该部门仍有 ${d.userCount} 个用户，须先调整其所属部门。` : '删除后不可恢复。'
          }
          okButtonProps={{ danger: true }}
          // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Popconfirm keeps OK loading until the promise settles
          onConfirm={() => remove(d)}
        >
          <Typography.Link type="danger" data-testid={`department-delete-${d.id}`}>
            {t('btn.delete')}
          </Typography.Link>
        </Popconfirm>,
      ],
    },
  ];

  return (
    <PageContainer title={t('page.departments')}>
      <ListTable<Department, Search>
        actionRef={actionRef}
        columns={columns}
        form={{ initialValues: { divisionCode: searchParams.get('divisionCode') ?? undefined } }}
        fetch={(params) =>
          orgApi.departments({
            page: params.page,
            pageSize: params.pageSize,
            q: params.q?.trim(),
            divisionCode: params.divisionCode,
          })
        }
        scroll={{ x: 1000 }}
        data-testid="departments-table"
        toolBarRender={() =>
          mayWrite
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setEditing({ department: null })}
                  data-testid="department-create"
                >
                  {t('departments.create')}
                </Button>,
              ]
            : []
        }
      />
      <DepartmentFormModal
        department={editing?.department ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void actionRef.current?.reload();
        }}
      />
    </PageContainer>
  );
}
