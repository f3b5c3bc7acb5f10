import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Col, Dropdown, Empty, Row, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useApiError } from '../../../api/use-api-error.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useI18n } from '../../../app/i18n.ts';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { ObjectForm, UnitForm } from '../components/ObjectUnitForms.tsx';
import { DeleteButton, EditButton } from '../components/RowActions.tsx';
import { GradeTag, UnitPanel } from '../components/UnitPanel.tsx';
import { type RiskObject, type RiskUnit, riskApi } from '../risk.api.ts';

/**
 * 风险分级管控: the enterprise's 风险分析对象 → 单元 tree on the left, the selected unit (events, measures,
 * check tasks) on the right. Regulators pick an enterprise; an enterprise account sees its own.
 */
export default function RiskModelPage() {
  const { t } = useI18n();
  const { me, can } = useAuth();
  const onError = useApiError();
  const [params, setParams] = useSearchParams();
  const own = me?.user.enterpriseId ?? null;
  const enterpriseId = own ?? params.get('enterpriseId');
  const unitId = params.get('unitId');
  const canWrite = can('risk.write');
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<
    | { kind: 'object' }
    | { kind: 'unit'; objectId: string }
    | { kind: 'edit-object'; object: RiskObject }
    | null
  >(null);

  const setParam = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const model = useQuery({
    queryKey: ['risk', 'enterprise', enterpriseId],
    queryFn: async () => {
      const id = enterpriseId ?? '';
      const [o, u] = await Promise.all([riskApi.objects(id), riskApi.units(id)]);
      return { objects: o.items, units: u.items };
    },
    enabled: Boolean(enterpriseId),
  }).data;
  const objects: RiskObject[] | null = model?.objects ?? null;
  const units: RiskUnit[] = model?.units ?? [];
  const enterpriseName = objects?.[0]?.enterprise.name ?? units[0]?.enterprise.name ?? null;
  // The tree, the unit panel and the grades all change with a write to the model.
  const load = () => void queryClient.invalidateQueries({ queryKey: ['risk'] });

  const tree = useMemo<DataNode[]>(
    () =>
      (objects ?? []).map((o) => ({
        key: `o:${o.id}`,
        selectable: false,
        title: (
          <Space size={4} data-testid="risk-object">
            <Tag>{o.kind}</Tag>
            <span>{o.name}</span>
            {canWrite && (
              <>
                <Button
                  size="small"
                  type="link"
                  data-testid="unit-new"
                  onClick={() => setModal({ kind: 'unit', objectId: o.id })}
                >
                  +单元
                </Button>
                <EditButton
                  testId="object-edit"
                  onClick={() => setModal({ kind: 'edit-object', object: o })}
                />
                <DeleteButton
                  testId="object-delete"
                  onConfirm={() => void riskApi.deleteObject(o.id).then(load).catch(onError)}
                />
              </>
            )}
          </Space>
        ),
        children: units
          .filter((u) => u.object.id === o.id)
          .map((u) => ({
            key: u.id,
            isLeaf: true,
            title: (
              <Space size={4} data-testid="risk-unit">
                <GradeTag unit={u} />
                <span>{u.name}</span>
              </Space>
            ),
          })),
      })),
    [objects, units, canWrite, onError],
  );

  const exportMenu = {
    items: [
      { key: 'json', label: 'JSON' },
      { key: 'xlsx', label: 'Excel（.xlsx）' },
    ],
    onClick: ({ key }: { key: string }) => {
      window.open(riskApi.exportUrl(key === 'xlsx' ? 'xlsx' : 'json', enterpriseId ?? undefined), '_blank');
    },
  };

  return (
    <PageContainer
      title={t('page.riskModel')}
      extra={
        <Space wrap>
          {!own && (
            <div style={{ width: 320 }}>
              <EnterpriseSelect
                value={enterpriseId}
                initialName={enterpriseName}
                data-testid="risk-enterprise"
                onChange={(id) => setParam({ enterpriseId: id, unitId: null })}
              />
            </div>
          )}
          <Dropdown menu={exportMenu} disabled={!enterpriseId}>
            <Button data-testid="risk-export">导出（省级接口格式）</Button>
          </Dropdown>
        </Space>
      }
    >
      {!enterpriseId ? (
        <Empty description="请选择企业" />
      ) : objects === null ? (
        <Spin />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Card
              size="small"
              title="风险分析对象 / 单元"
              extra={
                canWrite && (
                  <Button
                    type="primary"
                    size="small"
                    data-testid="object-new"
                    onClick={() => setModal({ kind: 'object' })}
                  >
                    新建对象
                  </Button>
                )
              }
            >
              {objects.length === 0 ? (
                <Empty description="尚无风险分析对象" />
              ) : (
                <Tree
                  blockNode
                  defaultExpandAll
                  key={[...objects, ...units].map((o) => o.id).join()}
                  treeData={tree}
                  selectedKeys={unitId ? [unitId] : []}
                  onSelect={(keys) => setParam({ unitId: keys[0] ? String(keys[0]) : null })}
                  data-testid="risk-tree"
                />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            {unitId ? (
              <UnitPanel
                unitId={unitId}
                canWrite={canWrite}
                onChanged={load}
                onDeleted={() => {
                  setParam({ unitId: null });
                  load();
                }}
              />
            ) : (
              <Card size="small">
                <Typography.Text type="secondary">在左侧选择风险分析单元</Typography.Text>
              </Card>
            )}
          </Col>
        </Row>
      )}
      {enterpriseId && (
        <ObjectForm
          enterpriseId={enterpriseId}
          open={modal?.kind === 'object'}
          onClose={() => setModal(null)}
          onDone={load}
        />
      )}
      {modal?.kind === 'edit-object' && (
        <ObjectForm
          key={modal.object.id}
          enterpriseId={modal.object.enterprise.id}
          object={modal.object}
          open
          onClose={() => setModal(null)}
          onDone={load}
        />
      )}
      <UnitForm
        objectId={modal?.kind === 'unit' ? modal.objectId : null}
        open={modal?.kind === 'unit'}
        onClose={() => setModal(null)}
        onUnit={(id) => {
          load();
          if (id) setParam({ unitId: id });
        }}
      />
    </PageContainer>
  );
}
