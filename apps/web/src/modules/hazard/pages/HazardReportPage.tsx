import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, List, Select, Tag } from 'antd';
import { type HazardSource, hazardPartyOf, reportHazardBody, sourcesByParty } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { counted, invalidInput, lengthRule, validate } from '../../../api/validation.ts';
import { useAuth } from '../../../app/auth.tsx';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { useSubmission } from '../../../components/use-submission.ts';
import { idempotencyKeyOf } from '../../../api/client.ts';
import { useDraft } from '../../../components/drafts.ts';
import { enqueue, isOffline, useOutbox } from '../../../components/outbox.ts';
import { ChecklistSelect } from '../components/ChecklistSelect.tsx';
import { PhotoUpload } from '../components/PhotoUpload.tsx';
import { type HazardPhoto, hazardApi } from '../hazard.api.ts';

const shape = reportHazardBody.shape;

interface Values {
  enterpriseId?: string;
  source?: HazardSource;
  location?: string;
  description?: string;
  checklistItem?: string;
  photos?: HazardPhoto[];
}

/** 上报隐患: a phone-width form (one column, large targets) for grid members, inspectors and enterprises. */
export default function HazardReportPage() {
  const { me } = useAuth();
  const { message } = App.useApp();
  const onError = useApiError();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const party = hazardPartyOf(me?.user.role);
  const sources = party ? sourcesByParty[party] : [];
  const ownEnterprise = party === 'enterprise' ? me?.user.enterpriseId : null;
  // A double tap on 上报 sends once; a resend after a lost answer carries the same Idempotency-Key.
  const submission = useSubmission();
  // The draft survives a reload and a forced re-login; a report made offline waits as 待发送.
  const userId = me?.user.id;
  const draft = useDraft(form, userId, 'hazard-report');
  const outbox = useOutbox(userId, (n) => void message.success(`网络已恢复：${n} 条待发送的隐患已上报`));

  const submit = async (v: Values) => {
    const body = {
      enterpriseId: ownEnterprise ?? v.enterpriseId ?? '',
      source: v.source ?? sources[0],
      location: v.location ?? '',
      description: v.description ?? '',
      checklistItem: v.checklistItem || undefined,
      photos: v.photos?.length ? v.photos.map((p) => p.sha256) : undefined,
    };
    const checked = validate(reportHazardBody, body);
    if (!checked.ok) {
      onError(invalidInput(checked.issues), form);
      return;
    }
    try {
      const saved = await submission.run(() => hazardApi.report(checked.data));
      if (!saved) return;
      draft.clear();
      void message.success('隐患已上报');
      void navigate(`/hazards/${saved.id}`);
    } catch (err) {
      if (userId && isOffline(err)) {
        // The same key as the try that failed: if it did reach the server, the resend returns its answer.
        enqueue(userId, {
          key: idempotencyKeyOf(submission.currentKey(), '/hazards'),
          path: '/hazards',
          body: checked.data,
          label: `${checked.data.location}：${checked.data.description.slice(0, 40)}`,
        });
        submission.renew();
        draft.clear();
        form.resetFields();
        void message.warning('网络不可用：已保存为“待发送”，恢复网络后自动上报');
        return;
      }
      onError(err, form);
    }
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto', width: '100%', minWidth: 0, overflow: 'hidden' }}>
      {outbox.items.length > 0 && (
        <Card size="small" title="待发送" style={{ marginBottom: 12 }} data-testid="hazard-outbox">
          <List
            size="small"
            dataSource={outbox.items}
            renderItem={(i) => (
              <List.Item
                actions={
                  i.error
                    ? [
                        <a key="discard" onClick={() => outbox.discard(i.key)}>
                          移除
                        </a>,
                      ]
                    : []
                }
              >
                <Tag color={i.error ? 'red' : 'orange'}>{i.error ? '发送失败' : '待发送'}</Tag>
                {i.label}
                {i.error && <div style={{ color: '#cf1322' }}>{i.error}</div>}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title="上报隐患" size="small" data-testid="hazard-report-page">
        {draft.restored && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="已恢复上次未提交的草稿"
            data-testid="hazard-draft-restored"
          />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          size="large"
          onFinish={(v) => void submit(v)}
          onValuesChange={draft.onValuesChange}
          initialValues={{ source: sources[0], photos: [] }}
          data-testid="hazard-report-form"
        >
          {!ownEnterprise && (
            <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
              <EnterpriseSelect data-testid="hazard-enterprise" />
            </Form.Item>
          )}
          <Form.Item name="source" label="来源" rules={[{ required: true, message: '请选择来源' }]}>
            <Select
              aria-label="来源"
              data-testid="hazard-source"
              options={sources.map((s) => ({ value: s, label: s }))}
            />
          </Form.Item>
          <Form.Item
            name="location"
            label="位置"
            rules={[{ required: true, message: '请填写隐患位置' }, lengthRule(shape.location, '位置')]}
          >
            <Input
              {...counted(shape.location)}
              placeholder="如：二号车间东侧配电柜"
              data-testid="hazard-location"
            />
          </Form.Item>
          <Form.Item
            name="description"
            label="隐患描述"
            rules={[{ required: true, message: '请描述隐患' }, lengthRule(shape.description, '隐患描述')]}
          >
            <Input.TextArea
              {...counted(shape.description)}
              rows={4}
              placeholder="看到了什么问题"
              data-testid="hazard-description"
            />
          </Form.Item>
          <Form.Item name="checklistItem" label="排查清单条目">
            <ChecklistSelect />
          </Form.Item>
          <Form.Item name="photos" label="现场照片">
            <PhotoUpload testId="hazard-photo-input" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submission.submitting}
            disabled={submission.submitting}
            data-testid="hazard-report-submit"
          >
            上报
          </Button>
        </Form>
      </Card>
    </div>
  );
}
