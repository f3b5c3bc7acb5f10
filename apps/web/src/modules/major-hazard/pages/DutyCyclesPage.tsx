import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { type DutyCycle, majorHazardApi } from '../major-hazard.api.ts';
import { DutyCycleModal } from '../components/DutyCycleModal.tsx';

/** 包保履职周期: the cycle of each 包保 role (reference data), edited by the system administrator. */
export default function DutyCyclesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const editable = can('reference.write');
  const [editing, setEditing] = useState<DutyCycle | null>(null);
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['major-hazard', 'cycles'], queryFn: majorHazardApi.dutyCycles });
  return (
    <PageContainer title={t('page.majorHazardDutyCycles')}>
      <Card size="small">
        <Typography.Paragraph type="secondary">
          《危险化学品企业重大危险源安全包保责任制办法（试行）》规定的三类包保责任人的履职周期；完成率按此周期统计。
          “待核实”表示周期尚未与原文核对。
        </Typography.Paragraph>
        <Table<DutyCycle>
          size="small"
          rowKey="role"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          data-testid="mh-cycles-table"
          columns={[
            { title: '包保角色', dataIndex: 'roleName', width: 110 },
            { title: '履职周期', dataIndex: 'text', width: 100 },
            { title: '依据', dataIndex: 'citation' },
            {
              title: '核实',
              dataIndex: 'verified',
              width: 90,
              render: (v: boolean) =>
                v ? <Tag color="green">已核实</Tag> : <Tag color="orange">待核实</Tag>,
            },
            { title: '生效日期', dataIndex: 'effectiveFrom', width: 110 },
            ...(editable
              ? [
                  {
                    title: '操作',
                    key: 'op',
                    width: 80,
                    render: (_: unknown, c: DutyCycle) => (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditing(c)}
                        data-testid={`mh-cycle-edit-${c.role}`}
                      >
                        {t('btn.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editable && (
        <DutyCycleModal
          cycle={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            qc.setQueryData(['major-hazard', 'cycles'], saved);
          }}
        />
      )}
    </PageContainer>
  );
}
