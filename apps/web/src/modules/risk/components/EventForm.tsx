import { ProFormRadio, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Descriptions, Form, Select, Space } from 'antd';
import {
  createRiskEventBody,
  evaluateLec,
  evaluateLs,
  lecOption,
  lecScores,
  lsOption,
  lsScores,
  updateRiskEventBody,
} from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { testId } from '../../../components/test-id.ts';
import { RiskColorTag } from '../../../components/RiskColorTag.tsx';
import { type RiskEvent, riskApi } from '../risk.api.ts';
import { orNull, send } from './use-risk-submit.ts';

interface Assessment {
  method?: 'LEC' | 'LS';
  L?: number;
  E?: number;
  C?: number;
  S?: number;
}
interface Values {
  name?: string;
  consequence?: string;
  assessment?: Assessment;
}

/** Each score with its standard wording (LEC) or the usual one (L × S); the option's title is the bare score. */
const opts = (method: 'LEC' | 'LS', k: string, xs: readonly number[]) =>
  xs.map((x) => ({
    value: x,
    title: String(x),
    label: method === 'LEC' ? lecOption(k as 'L' | 'E' | 'C', x) : lsOption(k as 'L' | 'S', x),
  }));
const scoreFields = {
  LEC: [
    ['L', '可能性 L', lecScores.L],
    ['E', '暴露频繁程度 E', lecScores.E],
    ['C', '后果 C', lecScores.C],
  ],
  LS: [
    ['L', '可能性 L（1–5）', lsScores],
    ['S', '严重性 S（1–5）', lsScores],
  ],
} as const;

/** The live D / R, danger class and colour, by the same domain functions the server uses. */
function Preview({ a }: { a: Assessment | undefined }) {
  if (!a?.method) return null;
  try {
    if (a.method === 'LEC') {
      if (a.L === undefined || a.E === undefined || a.C === undefined) return null;
      const r = evaluateLec({ L: a.L, E: a.E, C: a.C });
      return (
        <Descriptions size="small" column={3} bordered data-testid="event-preview">
          <Descriptions.Item label="D = L×E×C">{r.D}</Descriptions.Item>
          <Descriptions.Item label="危险程度">{r.dangerClass}</Descriptions.Item>
          <Descriptions.Item label="风险等级">
            <RiskColorTag level={r.level} color={r.color} />
          </Descriptions.Item>
        </Descriptions>
      );
    }
    if (a.L === undefined || a.S === undefined) return null;
    const r = evaluateLs({ L: a.L, S: a.S });
    return (
      <Descriptions size="small" column={2} bordered data-testid="event-preview">
        <Descriptions.Item label="R = L×S">{r.R}</Descriptions.Item>
        <Descriptions.Item label="风险等级">
          <RiskColorTag level={r.level} color={r.color} />
        </Descriptions.Item>
      </Descriptions>
    );
  } catch (err) {
    return <Alert type="warning" showIcon message={err instanceof Error ? err.message : '分值不正确'} />;
  }
}

/** 新建 or 修改安全风险事件 with LEC or L×S and a live preview of the grade; the server scores it again. */
export function EventForm({
  unitId,
  event,
  open,
  onClose,
  onDone,
}: {
  unitId: string;
  /** Given: the form edits this event (PATCH) instead of creating one. */
  event?: RiskEvent | null;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const assessment = Form.useWatch('assessment', form);
  const method = assessment?.method ?? 'LEC';
  return (
    <FormModal<Values>
      title={event ? t('risk.editEvent') : '新建安全风险事件'}
      form={form}
      open={open}
      width={640}
      modalProps={{ maskClosable: false }}
      onOpenChange={(o) => !o && onClose()}
      initialValues={
        event
          ? {
              name: event.name,
              consequence: event.consequence ?? undefined,
              assessment: { method: event.method, ...event.scores },
            }
          : { assessment: { method: 'LEC' } }
      }
      submitTestId="event-submit"
      onValuesChange={(changed: Values) => {
        if (changed.assessment?.method)
          form.setFieldValue('assessment', { method: changed.assessment.method });
      }}
      onSubmit={async (v) => {
        const a = v.assessment ?? {};
        const assessmentBody =
          a.method === 'LS' ? { method: 'LS', L: a.L, S: a.S } : { method: 'LEC', L: a.L, E: a.E, C: a.C };
        const fields = { name: v.name ?? '', consequence: orNull(v.consequence), assessment: assessmentBody };
        await (event
          ? send(updateRiskEventBody, { ...fields, consequence: fields.consequence ?? null }, (b) =>
              riskApi.updateEvent(event.id, b),
            )
          : send(createRiskEventBody, { unitId, ...fields }, riskApi.createEvent));
        onDone();
      }}
    >
      <ProFormText
        name="name"
        label="风险事件"
        rules={[{ required: true, message: '请填写风险事件' }]}
        fieldProps={{ maxLength: 200, ...testId('event-name') }}
      />
      <ProFormTextArea name="consequence" label="可能后果" fieldProps={{ maxLength: 500, rows: 2 }} />
      <ProFormRadio.Group
        name={['assessment', 'method']}
        label="评价方法"
        radioType="button"
        options={[
          { value: 'LEC', label: '作业条件危险性（LEC）' },
          { value: 'LS', label: '风险矩阵（L×S）' },
        ]}
      />
      <Space wrap size={16}>
        {scoreFields[method].map(([k, label, scores]) => (
          <Form.Item
            key={`${method}-${k}`}
            name={['assessment', k]}
            label={label}
            rules={[{ required: true, message: `请选择 ${k}` }]}
          >
            <Select
              style={{ width: 260 }}
              popupMatchSelectWidth={false}
              aria-label={`${method} ${k}`}
              data-testid={`event-${k}`}
              options={opts(method, k, scores)}
            />
          </Form.Item>
        ))}
      </Space>
      <Preview a={{ ...assessment, method }} />
    </FormModal>
  );
}
