import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import {
  type CompleteSelfInspectionTaskInput,
  completeSelfInspectionTaskBody,
  hazardLevels,
} from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { invalidInput, validate } from '../../../api/validation.ts';
import { useAuth } from '../../../app/auth.tsx';
import { useDetail } from '../../../components/use-detail.tsx';
import { PhotoUpload, type HazardPhoto } from '../../hazard/index.ts';
import { type SelfInspectionTaskDetail, selfInspectionApi, taskStateNames } from '../self-inspection.api.ts';

interface ItemValues {
  ok?: boolean;
  comment?: string;
  location?: string;
  description?: string;
  level?: '一般' | '重大';
  photos?: HazardPhoto[];
}
interface Values {
  items?: ItemValues[];
  comment?: string;
}

/**
 * 填写自查: a phone-width checklist, one card per item (符合 / 发现隐患). A failed item reports its hazard
 * here (source 企业自查, the item as its checklist entry), with photos; everything is saved at once.
 */
export default function SelfInspectionTaskPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const onError = useApiError();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form);
  const detail = useDetail<SelfInspectionTaskDetail>({
    queryKey: ['self-inspection', 'task', id],
    queryFn: () => selfInspectionApi.task(id),
    notFound: { title: '自查任务不存在或不在您的管辖范围内', backTo: '/self-inspection' },
  });
  if (detail.view) return detail.view;
  const task = detail.data;
  const editable = can('selfcheck.write') && !task.doneAt;

  const submit = async (v: Values) => {
    const body: CompleteSelfInspectionTaskInput = {
      comment: v.comment?.trim() || undefined,
      results: task.items.map((it, index) => {
        const r = v.items?.[index] ?? {};
        return {
          index,
          ok: r.ok ?? true,
          comment: r.comment?.trim() || undefined,
          hazard:
            r.ok === false
              ? {
                  location: r.location ?? '',
                  description: r.description ?? '',
                  level: r.level ?? '一般',
                  photos: r.photos?.length ? r.photos.map((p) => p.sha256) : undefined,
                }
              : undefined,
        };
      }),
    };
    const checked = validate(completeSelfInspectionTaskBody, body);
    if (!checked.ok) {
      onError(invalidInput(checked.issues), form);
      return;
    }
    setSaving(true);
    try {
      detail.set(await selfInspectionApi.complete(id, checked.data));
      void message.success('自查结果已保存');
    } catch (err) {
      onError(err, form);
    } finally {
      setSaving(false);
    }
  };

  const st = taskStateNames[task.state];
  return (
    <div style={{ maxWidth: 560, margin: '0 auto', width: '100%', minWidth: 0 }} data-testid="self-task-page">
      <Card
        size="small"
        title={`${task.planName}（${task.frequencyName}）`}
        extra={<Tag color={st.color}>{st.text}</Tag>}
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label="企业">{task.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label="周期">
            {task.periodKey}（{task.periodStart} ~ {task.periodEnd}）
          </Descriptions.Item>
          {task.assignee && <Descriptions.Item label="负责人">{task.assignee}</Descriptions.Item>}
          {task.doneAt && (
            <Descriptions.Item label="完成">
              {task.doneByName} · {new Date(task.doneAt).toLocaleString('zh-CN')}
            </Descriptions.Item>
          )}
          {task.comment && <Descriptions.Item label="说明">{task.comment}</Descriptions.Item>}
        </Descriptions>
        {task.state === 'missed' && editable && (
          <Typography.Text type="warning">本周期已结束，现在填写记为“逾期补录”。</Typography.Text>
        )}
      </Card>
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        onFinish={(v) => void submit(v)}
        disabled={!editable}
      >
        {task.items.map((it, i) => {
          const failed = editable ? values?.items?.[i]?.ok === false : it.ok === false;
          return (
            <Card
              key={it.index}
              size="small"
              style={{ marginTop: 12 }}
              data-testid="self-item"
              title={
                <Typography.Text style={{ whiteSpace: 'normal' }}>
                  {i + 1}. {it.text}
                </Typography.Text>
              }
              extra={it.major && <Tag color="red">重大隐患判定</Tag>}
            >
              {it.code && <Typography.Text type="secondary">{it.code}</Typography.Text>}
              {editable ? (
                <>
                  <Form.Item
                    name={['items', i, 'ok']}
                    initialValue={true}
                    style={{ marginBottom: failed ? 8 : 0 }}
                  >
                    <Radio.Group buttonStyle="solid" data-testid="self-item-result">
                      <Radio.Button value={true}>符合</Radio.Button>
                      <Radio.Button value={false}>发现隐患</Radio.Button>
                    </Radio.Group>
                  </Form.Item>
                  {failed && (
                    <>
                      <Form.Item
                        name={['items', i, 'location']}
                        label="位置"
                        rules={[{ required: true, message: '请填写隐患位置' }]}
                      >
                        <Input maxLength={200} data-testid="self-item-location" />
                      </Form.Item>
                      <Form.Item
                        name={['items', i, 'description']}
                        label="隐患描述"
                        rules={[{ required: true, message: '请描述隐患' }]}
                      >
                        <Input.TextArea rows={3} maxLength={2000} data-testid="self-item-description" />
                      </Form.Item>
                      <Form.Item name={['items', i, 'level']} label="初判等级" initialValue="一般">
                        <Radio.Group options={hazardLevels.map((l) => ({ value: l, label: l }))} />
                      </Form.Item>
                      <Form.Item name={['items', i, 'photos']} label="照片" initialValue={[]}>
                        <PhotoUpload testId={`self-item-photo-${i}`} />
                      </Form.Item>
                    </>
                  )}
                </>
              ) : (
                <Space style={{ display: 'flex', marginTop: 4 }}>
                  {it.ok === null ? (
                    <Tag>未填写</Tag>
                  ) : it.ok ? (
                    <Tag color="success">符合</Tag>
                  ) : (
                    <Tag color="error">发现隐患</Tag>
                  )}
                  {it.hazardId && <Link to={`/hazards/${it.hazardId}`}>查看隐患</Link>}
                  {it.comment && <Typography.Text type="secondary">{it.comment}</Typography.Text>}
                </Space>
              )}
            </Card>
          );
        })}
        {editable && (
          <>
            <Form.Item name="comment" label="总体说明" style={{ marginTop: 12 }}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={saving} data-testid="self-submit">
              提交自查结果
            </Button>
          </>
        )}
      </Form>
      <Button type="link" onClick={() => void navigate('/self-inspection')} style={{ marginTop: 8 }}>
        返回自查任务
      </Button>
    </div>
  );
}
