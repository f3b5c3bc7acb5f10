import { useQuery } from '@tanstack/react-query';
import {
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form, Space } from 'antd';
import {
  controlMeasureTypes,
  createCheckRecordBody,
  createCheckTaskBody,
  createRiskMeasureBody,
  cycleUnitNames,
  cycleUnits,
  responsibleLevels,
  updateCheckTaskBody,
  updateRiskMeasureBody,
} from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { testId } from '../../../components/test-id.ts';
import { hazardApi } from '../../hazard/index.ts';
import { type CheckTask, type RiskMeasure, riskApi } from '../risk.api.ts';
import { orNull, send } from './use-risk-submit.ts';

interface Cycle {
  num?: number;
  unit?: string;
}
interface Values {
  type?: string;
  content?: string;
  responsibleLevel?: string;
  responsiblePerson?: string;
  withCheck?: boolean;
  check?: { cycle?: Cycle; content?: string };
  cycle?: Cycle;
  result?: 'normal' | 'hazard';
  hazardId?: string;
  comment?: string;
}
interface Props {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

const unitOptions = cycleUnits.map((u) => ({ value: u, label: cycleUnitNames[u] }));
const shell = (onClose: () => void) => ({
  modalProps: { maskClosable: false },
  onOpenChange: (o: boolean) => !o && onClose(),
  width: 600,
});

function CycleFields({ prefix }: { prefix: string[] }) {
  return (
    <Space size={12} align="start">
      <ProFormDigit
        name={[...prefix, 'num']}
        label="排查周期"
        min={1}
        max={1000}
        fieldProps={{ precision: 0, ...testId('cycle-num') }}
        rules={[{ required: true, message: '请填写周期' }]}
      />
      <ProFormSelect
        name={[...prefix, 'unit']}
        label="单位"
        options={unitOptions}
        rules={[{ required: true }]}
        fieldProps={{ style: { width: 100 } }}
      />
    </Space>
  );
}

const cycleOf = (c?: Cycle) => ({ num: c?.num, unit: c?.unit });

/** 新建管控措施 (with 生成排查任务 its check task is created in the same request), or 修改 one. */
export function MeasureForm({
  eventId,
  measure,
  open,
  onClose,
  onDone,
}: Props & { eventId: string | null; measure?: RiskMeasure | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const withCheck = Form.useWatch('withCheck', form);
  return (
    <FormModal<Values>
      title={measure ? t('risk.editMeasure') : '新建管控措施'}
      form={form}
      open={open}
      {...shell(onClose)}
      initialValues={
        measure
          ? {
              type: measure.type,
              content: measure.content,
              responsibleLevel: measure.responsibleLevel,
              responsiblePerson: measure.responsiblePerson ?? undefined,
            }
          : {
              type: controlMeasureTypes[0],
              responsibleLevel: '部门',
              check: { cycle: { num: 1, unit: 'month' } },
            }
      }
      submitTestId="measure-submit"
      onSubmit={async (v) => {
        const fields = { type: v.type, content: v.content ?? '', responsibleLevel: v.responsibleLevel };
        await (measure
          ? send(
              updateRiskMeasureBody,
              { ...fields, responsiblePerson: orNull(v.responsiblePerson) ?? null },
              (b) => riskApi.updateMeasure(measure.id, b),
            )
          : send(
              createRiskMeasureBody,
              {
                eventId: eventId ?? '',
                ...fields,
                responsiblePerson: orNull(v.responsiblePerson),
                check: v.withCheck
                  ? { cycle: cycleOf(v.check?.cycle), content: orNull(v.check?.content) }
                  : undefined,
              },
              riskApi.createMeasure,
            ));
        onDone();
      }}
    >
      <ProFormRadio.Group
        name="type"
        label="措施类型"
        radioType="button"
        options={[...controlMeasureTypes]}
        rules={[{ required: true }]}
      />
      <ProFormTextArea
        name="content"
        label="措施内容"
        rules={[{ required: true, message: '请填写措施内容' }]}
        fieldProps={{ maxLength: 1000, rows: 3, ...testId('measure-content') }}
      />
      <ProFormRadio.Group
        name="responsibleLevel"
        label="管控层级"
        radioType="button"
        options={[...responsibleLevels]}
        rules={[{ required: true }]}
      />
      <ProFormText name="responsiblePerson" label="责任人" fieldProps={{ maxLength: 50 }} />
      {!measure && <ProFormSwitch name="withCheck" label="生成隐患排查任务" />}
      {!measure && withCheck && (
        <>
          <CycleFields prefix={['check', 'cycle']} />
          <ProFormTextArea
            name={['check', 'content']}
            label="排查内容"
            fieldProps={{ maxLength: 1000, rows: 2 }}
          />
        </>
      )}
    </FormModal>
  );
}

/** 新建隐患排查任务 for a measure, or 修改 one (a new cycle moves its next due date on the server). */
export function TaskForm({
  measureId,
  task,
  open,
  onClose,
  onDone,
}: Props & { measureId: string | null; task?: CheckTask | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={task ? t('risk.editTask') : '新建隐患排查任务'}
      form={form}
      open={open}
      {...shell(onClose)}
      initialValues={
        task
          ? {
              cycle: { num: task.cycle.num, unit: task.cycle.unit },
              content: task.content ?? undefined,
              responsiblePerson: task.responsiblePerson ?? undefined,
            }
          : { cycle: { num: 1, unit: 'week' } }
      }
      submitTestId="task-submit"
      onSubmit={async (v) => {
        await (task
          ? send(
              updateCheckTaskBody,
              {
                cycle: cycleOf(v.cycle),
                content: orNull(v.content),
                responsiblePerson: orNull(v.responsiblePerson) ?? null,
              },
              (b) => riskApi.updateTask(task.id, b),
            )
          : send(
              createCheckTaskBody,
              {
                measureId: measureId ?? '',
                cycle: cycleOf(v.cycle),
                content: orNull(v.content),
                responsiblePerson: orNull(v.responsiblePerson),
              },
              riskApi.createTask,
            ));
        onDone();
      }}
    >
      <CycleFields prefix={['cycle']} />
      <ProFormTextArea
        name="content"
        label="排查内容"
        // Stored content cannot be emptied: a task always says what to check.
        rules={task ? [{ required: true, message: '请填写排查内容' }] : undefined}
        fieldProps={{ maxLength: 1000, rows: 2 }}
      />
      <ProFormText name="responsiblePerson" label="排查责任人" fieldProps={{ maxLength: 50 }} />
    </FormModal>
  );
}

/** 记录排查结果: normal, or a hazard of the same enterprise that the check found. */
export function RecordForm({
  taskId,
  enterpriseId,
  open,
  onClose,
  onDone,
}: Props & { taskId: string | null; enterpriseId: string }) {
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const query = { enterpriseId, page: 1, pageSize: 100 };
  const hazards =
    useQuery({
      queryKey: ['hazard', 'list', query],
      queryFn: () => hazardApi.list(query),
      enabled: open && result === 'hazard',
      select: (p) =>
        p.items.map((h) => ({ value: h.id, label: `${h.location} · ${h.description.slice(0, 30)}` })),
      meta: { quiet: true },
    }).data ?? [];
  return (
    <FormModal<Values>
      title="记录排查结果"
      form={form}
      open={open}
      {...shell(onClose)}
      initialValues={{ result: 'normal' }}
      submitTestId="record-submit"
      onSubmit={async (v) => {
        const body = {
          result: v.result,
          hazardId: v.result === 'hazard' ? (v.hazardId ?? null) : undefined,
          comment: orNull(v.comment),
        };
        await send(createCheckRecordBody, body, (b) => riskApi.record(taskId ?? '', b));
        onDone();
      }}
    >
      <ProFormRadio.Group
        name="result"
        label="排查结果"
        radioType="button"
        options={[
          { value: 'normal', label: '正常' },
          { value: 'hazard', label: '发现隐患' },
        ]}
      />
      {result === 'hazard' && (
        <ProFormSelect
          name="hazardId"
          label="关联隐患"
          options={hazards}
          showSearch
          rules={[{ required: true, message: '请选择本企业的隐患' }]}
          extra="隐患须先在「上报隐患」中登记"
        />
      )}
      <ProFormTextArea name="comment" label="说明" fieldProps={{ maxLength: 1000, rows: 2 }} />
    </FormModal>
  );
}
