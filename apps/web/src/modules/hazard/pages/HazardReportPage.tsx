import { useNavigate } from 'react-router-dom';
import { App, Button, Card, Form, Input, Select } from 'antd';
import { type HazardSource, hazardPartyOf, reportHazardBody, sourcesByParty } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { counted, invalidInput, lengthRule, validate } from '../../../api/validation.ts';
import { useAuth } from '../../../app/auth.tsx';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { useSubmission } from '../../../components/use-submission.ts';
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
      void message.success('隐患已上报');
      void navigate(`/hazards/${saved.id}`);
    } catch (err) {
      onError(err, form);
    }
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto', width: '100%', minWidth: 0, overflow: 'hidden' }}>
      <Card title="上报隐患" size="small" data-testid="hazard-report-page">
        <Form<Values>
          form={form}
          layout="vertical"
          size="large"
          onFinish={(v) => void submit(v)}
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
