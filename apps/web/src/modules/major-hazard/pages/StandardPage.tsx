import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type StandardTableNo, standardTableNos } from '@anjian/domain';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { fmtTime } from '../../../components/format.ts';
import { type StandardTable, majorHazardApi } from '../major-hazard.api.ts';
import { StandardEntryModal } from '../components/StandardEntryModal.tsx';
import { shown, standardFields, tabLabels } from '../components/standard-fields.ts';

type Entry = StandardTable['entries'][number];

/**
 * 标准参数: GB 18218-2018 Tables 1–6 as the database holds them. The system administrator (reference.write)
 * corrects an entry; everyone else reads. An edited entry shows its shipped value and revision.
 */
export default function StandardPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const editable = can('reference.write');
  const [tableNo, setTableNo] = useState<StandardTableNo>(1);
  const [editing, setEditing] = useState<Entry | null>(null);
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['major-hazard', 'standard', tableNo],
    queryFn: () => majorHazardApi.standardTable(tableNo),
  });
  const fields = standardFields[tableNo];
  const columns: ColumnsType<Entry> = [
    ...fields.map((f) => ({
      title: f.label,
      key: f.name,
      width: f.width,
      render: (_: unknown, e: Entry) => {
        const now = shown(f, (e.value as unknown as Record<string, unknown>)[f.name]);
        const was = shown(f, (e.shipped as unknown as Record<string, unknown>)[f.name]);
        return now === was ? (
          now
        ) : (
          <Tooltip title={`标准原值：${was}`}>
            <Typography.Text mark>{now}</Typography.Text>
          </Tooltip>
        );
      },
    })),
    {
      title: '修订',
      key: 'revision',
      width: 150,
      render: (_, e) =>
        e.revision ? (
          <Tooltip title={`${e.editedByName ?? ''} ${e.editedAt ? fmtTime(e.editedAt) : ''}`}>
            <Tag color="orange">第 {e.revision} 次修订</Tag>
          </Tooltip>
        ) : (
          <Tag>标准原值</Tag>
        ),
    },
    ...(editable
      ? [
          {
            title: '操作',
            key: 'op',
            width: 80,
            render: (_: unknown, e: Entry) => (
              <Button
                size="small"
                type="link"
                onClick={() => setEditing(e)}
                data-testid={`mh-standard-edit-${e.key}`}
              >
                {t('btn.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <PageContainer title={t('page.majorHazardStandard')}>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {q.data?.standard ?? 'GB 18218-2018'} 《危险化学品重大危险源辨识》表1–表6。当前参数修订号{' '}
          <span data-testid="mh-standard-revision">{q.data?.revision ?? '…'}</span>
          （0 为标准原值；每次修改 +1，辨识结果随之记录）。
          {editable ? '修改须说明原因，并记入审计日志。' : '仅系统管理员可修改。'}
        </Typography.Paragraph>
        <Tabs
          activeKey={String(tableNo)}
          onChange={(k) => setTableNo(Number(k) as StandardTableNo)}
          items={standardTableNos.map((n) => ({ key: String(n), label: tabLabels[n] }))}
        />
        {q.data && <Typography.Title level={5}>{q.data.title}</Typography.Title>}
        <Table<Entry>
          size="small"
          rowKey="key"
          loading={q.isLoading}
          dataSource={q.data?.entries ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          columns={columns}
          data-testid="mh-standard-table"
        />
      </Card>
      {editable && q.data && (
        <StandardEntryModal
          tableNo={tableNo}
          keyField={q.data.keyField}
          entry={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            qc.setQueryData(['major-hazard', 'standard', tableNo], saved);
            void qc.invalidateQueries({ queryKey: ['major-hazard', 'standard'] });
          }}
        />
      )}
    </PageContainer>
  );
}
