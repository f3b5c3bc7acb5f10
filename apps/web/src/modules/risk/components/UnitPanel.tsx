import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useApiError } from '../../../api/use-api-error.ts';
import { RiskColorTag } from '../../../components/RiskColorTag.tsx';
import { type RiskUnitDetail, riskApi } from '../risk.api.ts';
import { EventForm } from './EventForm.tsx';
import { MeasureForm, RecordForm, TaskForm } from './MeasureTaskForms.tsx';
import { UnitForm } from './ObjectUnitForms.tsx';
import { RevealPhone } from './RevealPhone.tsx';
import { DeleteButton, EditButton } from './RowActions.tsx';
import { TaskTable } from './TaskTable.tsx';

type Modal =
  | { kind: 'event' | 'edit-unit' }
  | { kind: 'measure' | 'task' | 'record' | 'edit-event' | 'edit-measure' | 'edit-task'; id: string }
  | null;

export function GradeTag({
  unit,
}: {
  unit: { grade: RiskUnitDetail['grade']; color: RiskUnitDetail['color'] };
}) {
  return unit.grade && unit.color ? (
    <RiskColorTag level={unit.grade} color={unit.color} />
  ) : (
    <Tag>未评估</Tag>
  );
}

/** One 风险分析单元: its events with measures, and its check tasks; every row can be added, edited and deleted. */
export function UnitPanel({
  unitId,
  canWrite,
  onChanged,
  onDeleted,
}: {
  unitId: string;
  canWrite: boolean;
  onChanged: () => void;
  onDeleted: () => void;
}) {
  const onError = useApiError();
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<Modal>(null);
  const unit = useQuery({ queryKey: ['risk', 'unit', unitId], queryFn: () => riskApi.unit(unitId) }).data;
  const done = () => {
    setModal(null);
    void queryClient.invalidateQueries({ queryKey: ['risk', 'unit', unitId] });
    onChanged();
  };
  const remove = (p: Promise<unknown>) => p.then(done).catch(onError);
  const del = (onConfirm: () => void) => canWrite && <DeleteButton onConfirm={onConfirm} />;
  const edit = (testId: string, next: Modal) =>
    canWrite && <EditButton testId={testId} onClick={() => setModal(next)} />;
  const idOf = (kind: 'edit-event' | 'edit-measure' | 'edit-task') =>
    modal?.kind === kind ? modal.id : null;

  if (!unit || unit.id !== unitId) return <Spin />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="unit-panel">
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{unit.name}</span>
            <GradeTag unit={unit} />
          </Space>
        }
        extra={
          <Space wrap>
            <Button href={riskApi.cardUrl(unit.id)} target="_blank" data-testid="unit-card">
              下载风险告知卡
            </Button>
            {edit('unit-edit', { kind: 'edit-unit' })}
            {del(() => void riskApi.deleteUnit(unit.id).then(onDeleted).catch(onError))}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="分析对象">
            {unit.object.name}（{unit.object.kind}）
          </Descriptions.Item>
          <Descriptions.Item label="位置">{unit.location ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="责任部门">{unit.department}</Descriptions.Item>
          <Descriptions.Item label="责任人">
            {unit.responsiblePerson} <RevealPhone unitId={unit.id} masked={unit.responsiblePhone} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title="安全风险事件及管控措施"
        extra={
          canWrite && (
            <Button
              type="primary"
              size="small"
              data-testid="event-new"
              onClick={() => setModal({ kind: 'event' })}
            >
              新建风险事件
            </Button>
          )
        }
      >
        {unit.events.length === 0 && <Empty description="尚无风险事件（单元未评估）" />}
        {unit.events.map((e) => (
          <Card
            key={e.id}
            type="inner"
            size="small"
            style={{ marginBottom: 8 }}
            data-testid="event-card"
            title={
              <Space wrap>
                <RiskColorTag level={e.level} color={e.color} />
                <span>{e.name}</span>
                <Typography.Text type="secondary">
                  {e.method === 'LEC'
                    ? `LEC L=${e.scores.L} E=${e.scores.E} C=${e.scores.C} → D=${e.score}（${e.dangerClass}）`
                    : `L×S L=${e.scores.L} S=${e.scores.S} → R=${e.score}`}
                </Typography.Text>
              </Space>
            }
            extra={
              <Space size={0}>
                {edit('event-edit', { kind: 'edit-event', id: e.id })}
                {canWrite && (
                  <Button
                    size="small"
                    type="link"
                    data-testid="measure-new"
                    onClick={() => setModal({ kind: 'measure', id: e.id })}
                  >
                    新建措施
                  </Button>
                )}
                {del(() => void remove(riskApi.deleteEvent(e.id)))}
              </Space>
            }
          >
            {e.consequence && (
              <Typography.Paragraph type="secondary">可能后果：{e.consequence}</Typography.Paragraph>
            )}
            <List
              size="small"
              locale={{ emptyText: '尚无管控措施' }}
              dataSource={e.measures}
              renderItem={(m) => (
                <List.Item
                  actions={[
                    canWrite && (
                      <Button
                        key="t"
                        size="small"
                        type="link"
                        onClick={() => setModal({ kind: 'task', id: m.id })}
                      >
                        新建排查任务
                      </Button>
                    ),
                    edit('measure-edit', { kind: 'edit-measure', id: m.id }),
                    del(() => void remove(riskApi.deleteMeasure(m.id))),
                  ].filter(Boolean)}
                >
                  <Space wrap>
                    <Tag color={m.type === '应急措施' ? 'volcano' : 'processing'}>{m.type}</Tag>
                    <span>{m.content}</span>
                    <Typography.Text type="secondary">
                      {m.responsibleLevel}级{m.responsiblePerson ? ` · ${m.responsiblePerson}` : ''}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        ))}
      </Card>
      <Card size="small" title="隐患排查任务">
        <TaskTable
          tasks={unit.tasks}
          canWrite={canWrite}
          onRecord={(id) => setModal({ kind: 'record', id })}
          onEdit={(id) => setModal({ kind: 'edit-task', id })}
          onDelete={(id) => void remove(riskApi.deleteTask(id))}
        />
      </Card>
      <EventForm
        unitId={unit.id}
        open={modal?.kind === 'event'}
        onClose={() => setModal(null)}
        onDone={done}
      />
      {/* Edit forms: keyed by the row so each opens with that row's values. */}
      <EventForm
        key={idOf('edit-event') ?? 'none'}
        unitId={unit.id}
        event={unit.events.find((e) => e.id === idOf('edit-event'))}
        open={modal?.kind === 'edit-event'}
        onClose={() => setModal(null)}
        onDone={done}
      />
      <UnitForm
        key={modal?.kind === 'edit-unit' ? 'edit-unit' : 'none'}
        objectId={null}
        unit={unit}
        open={modal?.kind === 'edit-unit'}
        onClose={() => setModal(null)}
        onUnit={done}
      />
      <MeasureForm
        key={idOf('edit-measure') ?? 'none'}
        eventId={null}
        measure={unit.events.flatMap((e) => e.measures).find((m) => m.id === idOf('edit-measure'))}
        open={modal?.kind === 'edit-measure'}
        onClose={() => setModal(null)}
        onDone={done}
      />
      <TaskForm
        key={idOf('edit-task') ?? 'none'}
        measureId={null}
        task={unit.tasks.find((x) => x.id === idOf('edit-task'))}
        open={modal?.kind === 'edit-task'}
        onClose={() => setModal(null)}
        onDone={done}
      />
      <MeasureForm
        eventId={modal?.kind === 'measure' ? modal.id : null}
        open={modal?.kind === 'measure'}
        onClose={() => setModal(null)}
        onDone={done}
      />
      <TaskForm
        measureId={modal?.kind === 'task' ? modal.id : null}
        open={modal?.kind === 'task'}
        onClose={() => setModal(null)}
        onDone={done}
      />
      <RecordForm
        taskId={modal?.kind === 'record' ? modal.id : null}
        enterpriseId={unit.enterprise.id}
        open={modal?.kind === 'record'}
        onClose={() => setModal(null)}
        onDone={done}
      />
    </Space>
  );
}
