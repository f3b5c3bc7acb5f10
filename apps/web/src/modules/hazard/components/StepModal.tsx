import { useEffect, useMemo } from 'react';
import {
  ProFormDatePicker,
  ProFormDigit,
  ProFormRadio,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  type HazardAction,
  type HazardLevel,
  HazardLimits,
  hazardActionNames,
  hazardLevels,
  rectificationPlanSchema,
  rejectHazardBody,
  requestAcceptanceBody,
} from '@anjian/domain';
import { isApiError } from '../../../api/client.ts';
import { useApiError } from '../../../api/use-api-error.ts';
import { counted, lengthRule } from '../../../api/validation.ts';
import { testId } from '../../../components/test-id.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { clearDraft, draftKey, readDraft, writeDraft } from '../../../components/drafts.ts';
import { useAuth } from '../../../app/auth.tsx';
import { type HazardDetail, type HazardPhoto, hazardApi } from '../hazard.api.ts';
import { PhotoUpload } from './PhotoUpload.tsx';

const planShape = rectificationPlanSchema.shape;

interface Values {
  level?: HazardLevel;
  deadline?: string;
  comment?: string;
  reason?: string;
  supervision?: { authority?: string; deadline?: string };
  plan?: {
    responsiblePerson?: string;
    measures?: string;
    funds?: number;
    deadline?: string;
    contingencyPlan?: string;
  };
  photos?: HazardPhoto[];
}

interface Props {
  hazard: HazardDetail;
  action: HazardAction | null;
  onClose: () => void;
  onDone: (h: HazardDetail) => void;
}

const noPast = (d: dayjs.Dayjs) => d.isBefore(dayjs().startOf('day'));
const trimOrUndef = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** Sends one step of the loop; a 409 shows the server's message with the steps allowed now. */
export function stepConflict(err: unknown): string | null {
  if (!isApiError(err) || err.status !== 409 || err.code !== 'HAZARD_STEP_NOT_ALLOWED') return null;
  const d = err.details as { allowed?: { name?: string }[] } | null;
  const names = (d?.allowed ?? []).map((a) => a.name).filter(Boolean);
  return `${err.message}${names.length ? `（当前允许：${names.join('、')}）` : ''}`;
}

/** The form of one step: assess, start rectification (五落实 for 重大), request acceptance, accept or reject. */
export function StepModal({ hazard, action, onClose, onDone }: Props) {
  const { message, modal } = App.useApp();
  const onError = useApiError();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form);
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);
  const needsPlan = action === 'start_rectification' && hazard.level === '重大';
  // The rectification's draft (per user, hazard and step) survives a reload and a forced re-login.
  const { me } = useAuth();
  const key = me && action ? draftKey(me.user.id, `hazard-step.${hazard.id}.${action}`) : null;
  const saved = useMemo(() => (key ? readDraft<Values>(key) : null), [key]);
  // The China date of the report: the 五落实 deadline must fall after it (the server says so too).
  const reportedOn = new Date(Date.parse(hazard.reportedAt) + 8 * 3_600_000).toISOString().slice(0, 10);

  const send = (v: Values): Promise<HazardDetail> => {
    const photos = v.photos?.length ? v.photos.map((p) => p.sha256) : undefined;
    const comment = trimOrUndef(v.comment);
    switch (action) {
      case 'assess':
        return hazardApi.assess(hazard.id, {
          level: v.level ?? '一般',
          deadline: v.deadline ?? '',
          comment,
          supervision:
            v.level === '重大'
              ? { authority: trimOrUndef(v.supervision?.authority), deadline: v.supervision?.deadline ?? '' }
              : undefined,
        });
      case 'start_rectification': {
        const p = v.plan;
        const plan =
          needsPlan && p
            ? {
                responsiblePerson: p.responsiblePerson ?? '',
                measures: p.measures ?? '',
                funds: p.funds as number, // required by the form; never a silent 0
                deadline: p.deadline ?? '',
                contingencyPlan: p.contingencyPlan ?? '',
              }
            : undefined;
        return hazardApi.startRectification(hazard.id, { plan, comment, photos });
      }
      case 'request_acceptance':
        return hazardApi.requestAcceptance(hazard.id, { comment: comment ?? '', photos });
      case 'accept':
        return hazardApi.accept(hazard.id, { comment, photos });
      case 'reject':
      case null:
        return hazardApi.reject(hazard.id, { reason: trimOrUndef(v.reason) ?? '', photos });
    }
  };

  const submit = async (v: Values): Promise<boolean> => {
    try {
      const next = await send(v);
      if (key) clearDraft(key);
      void message.success(`${action ? hazardActionNames[action] : ''}：已提交，当前状态 ${next.statusName}`);
      onDone(next);
      return true;
    } catch (err) {
      const conflict = stepConflict(err);
      if (conflict) {
        modal.error({ title: '此步骤现在不可执行', content: conflict });
        onClose();
        return false;
      }
      onError(err, form);
      return false;
    }
  };

  const plan = hazard.plan;
  return (
    <FormModal<Values>
      title={action ? `${hazardActionNames[action]} · ${hazard.enterprise.name}` : ''}
      form={form}
      open={action !== null}
      onOpenChange={(o) => !o && onClose()}
      onSubmit={submit}
      dateFormatter="string"
      width={640}
      modalProps={{ maskClosable: false }}
      initialValues={{ level: hazard.level, plan: plan ?? undefined, photos: [], ...saved }}
      onValuesChange={(_c, all) => key && writeDraft(key, all)}
      submitText="提交"
      submitTestId="step-submit"
      data-testid="step-form"
    >
      {action === 'assess' && (
        <>
          <ProFormRadio.Group
            name="level"
            label="隐患等级"
            radioType="button"
            options={[...hazardLevels]}
            rules={[{ required: true }]}
          />
          <ProFormDatePicker
            name="deadline"
            label="整改期限"
            fieldProps={{ disabledDate: noPast, ...testId('assess-deadline') }}
            rules={[{ required: true, message: '请选择整改期限' }]}
          />
          {level === '重大' && (
            <>
              <ProFormDatePicker
                name={['supervision', 'deadline']}
                label="挂牌督办期限"
                fieldProps={{ disabledDate: noPast }}
                rules={[{ required: true, message: '重大隐患须确定督办期限' }]}
              />
              <ProFormText
                name={['supervision', 'authority']}
                label="督办机关"
                placeholder="默认为本账号所属机关"
                fieldProps={{ maxLength: 100 }}
              />
            </>
          )}
        </>
      )}
      {needsPlan && (
        <>
          <ProFormText
            name={['plan', 'responsiblePerson']}
            label="责任人（五落实）"
            fieldProps={counted(planShape.responsiblePerson)}
            rules={[
              { required: true, message: '请填写责任人' },
              lengthRule(planShape.responsiblePerson, '责任人'),
            ]}
          />
          <ProFormTextArea
            name={['plan', 'measures']}
            label="整改措施"
            fieldProps={{ ...counted(planShape.measures), rows: 3 }}
            rules={[
              { required: true, message: '请填写整改措施' },
              lengthRule(planShape.measures, '整改措施'),
            ]}
          />
          <ProFormDigit
            name={['plan', 'funds']}
            label="整改资金（万元）"
            min={0}
            max={HazardLimits.maxFundsWanYuan}
            fieldProps={{ precision: 2 }}
            rules={[{ required: true, message: '请填写资金' }]}
          />
          <ProFormDatePicker
            name={['plan', 'deadline']}
            label="整改时限"
            fieldProps={{ disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') <= reportedOn }}
            rules={[
              { required: true, message: '请选择时限' },
              {
                validator: (_: unknown, v: unknown) =>
                  !v || String(v).slice(0, 10) > reportedOn
                    ? Promise.resolve()
                    : Promise.reject(new Error(`整改时限应晚于隐患上报日期（${reportedOn}）`)),
              },
            ]}
          />
          <ProFormTextArea
            name={['plan', 'contingencyPlan']}
            label="应急预案"
            fieldProps={{ ...counted(planShape.contingencyPlan), rows: 2 }}
            rules={[
              { required: true, message: '请填写应急预案' },
              lengthRule(planShape.contingencyPlan, '应急预案'),
            ]}
          />
        </>
      )}
      {action === 'reject' ? (
        <ProFormTextArea
          name="reason"
          label="不通过原因"
          fieldProps={{ ...counted(rejectHazardBody.shape.reason), rows: 3, ...testId('step-reason') }}
          rules={[{ required: true, message: '请填写不通过原因' }, lengthRule(rejectHazardBody.shape.reason)]}
        />
      ) : (
        <ProFormTextArea
          name="comment"
          label={action === 'request_acceptance' ? '整改情况说明' : '意见/说明'}
          fieldProps={{ ...counted(requestAcceptanceBody.shape.comment), rows: 3, ...testId('step-comment') }}
          rules={action === 'request_acceptance' ? [{ required: true, message: '请说明整改情况' }] : []}
        />
      )}
      {action !== 'assess' && (
        <Form.Item name="photos" label="照片">
          <PhotoUpload testId="step-photo-input" />
        </Form.Item>
      )}
    </FormModal>
  );
}
