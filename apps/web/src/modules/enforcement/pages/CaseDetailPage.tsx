import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Timeline,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type CaseStep, type CaseStepInput, serviceMethodNames, serviceMethods } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useDetail } from '../../../components/use-detail.tsx';
import { type CaseDetail, enforcementApi } from '../enforcement.api.ts';
import { ClockTag } from './ClockTag.tsx';

interface Values {
  on?: Dayjs;
  comment?: string;
  hearingOffered?: boolean;
  handedOver?: boolean;
  serviceMethod?: CaseStepInput['serviceMethod'];
  paidOn?: Dayjs;
}

const danger = new Set<string>(['withdraw', 'notPunish', 'rejectLegalReview', 'transfer']);
const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');

/** 案件详情: the case, its statutory clocks with their basis, every step, and buttons for the steps allowed now. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiError();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState<{ step: CaseStep; name: string } | null>(null);
  const detail = useDetail<CaseDetail>({
    queryKey: ['enforcement-case', id],
    queryFn: () => enforcementApi.getCase(id),
    notFound: { title: '案件不存在或不在您的管辖范围内', backTo: '/enforcement/cases' },
  });
  if (detail.view) return detail.view;
  const c = detail.data;

  const submit = async () => {
    if (!step) return;
    const v = await form.validateFields();
    try {
      const next = await enforcementApi.step(c.id, {
        step: step.step,
        on: day(v.on),
        comment: v.comment?.trim() || undefined,
        ...(step.step === 'notify' ? { hearingOffered: v.hearingOffered ?? false } : {}),
        ...(step.step === 'decide' ? { handedOver: v.handedOver ?? false } : {}),
        ...(step.step === 'serve' ? { serviceMethod: v.serviceMethod } : {}),
        ...(v.paidOn ? { paidOn: day(v.paidOn) } : {}),
      });
      client.setQueryData(['enforcement-case', id], next);
      void message.success(`${step.name}：已办理，当前状态 ${next.statusName}`);
      setStep(null);
      form.resetFields();
    } catch (err) {
      onError(err, form);
    }
  };

  return (
    <PageContainer
      title={`${c.caseNo} · ${c.title}`}
      onBack={() => void navigate(-1)}
      tags={[
        <span key="s" data-testid="case-status">
          {c.statusName}
        </span>,
      ]}
      extra={
        <Space wrap data-testid="case-actions">
          {c.nextSteps.map((s) => (
            <Button
              key={s.step}
              type={danger.has(s.step) ? 'default' : 'primary'}
              danger={danger.has(s.step)}
              data-testid={`case-step-${s.step}`}
              onClick={() => setStep(s as { step: CaseStep; name: string })}
            >
              {s.name}
            </Button>
          ))}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title="案件信息">
              <Descriptions column={2} size="small">
                <Descriptions.Item label="当事人">{c.enterprise.name}</Descriptions.Item>
                <Descriptions.Item label="行政区划">{c.divisionName}</Descriptions.Item>
                <Descriptions.Item label="立案日期">{c.filedOn}</Descriptions.Item>
                <Descriptions.Item label="重大执法决定">
                  {c.major ? '是（须法制审核）' : '否'}
                </Descriptions.Item>
                <Descriptions.Item label="执法人员">
                  {c.investigators.map((i) => `${i.name}（${i.certNo}）`).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label="缴款日期">{c.paidOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="违法事实" span={2}>
                  {c.facts ?? '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title="拟处罚">
              {c.penalty ? (
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="依据">{c.penalty.citation}</Descriptions.Item>
                  <Descriptions.Item label="罚款">
                    {c.penalty.amount === null
                      ? `${c.penalty.value}%`
                      : `${c.penalty.amount.toLocaleString('zh-CN')} 元`}
                    （法定幅度 {c.penalty.statutory.min}–{c.penalty.statutory.max}）
                  </Descriptions.Item>
                  <Descriptions.Item label="核对">{c.penalty.message}</Descriptions.Item>
                  {c.penalty.reason && <Descriptions.Item label="理由">{c.penalty.reason}</Descriptions.Item>}
                </Descriptions>
              ) : (
                '尚未拟定'
              )}
              {c.lateSurcharge && (
                <p data-testid="late-surcharge">
                  加处罚款：{c.lateSurcharge.days} 日，{c.lateSurcharge.amount.toLocaleString('zh-CN')} 元
                  {c.lateSurcharge.capped ? '（已达罚款数额）' : ''}（{c.lateSurcharge.basis.citation}）
                </p>
              )}
            </Card>
            <Card size="small" title="法定期限" data-testid="case-clocks">
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.clocks}
                columns={[
                  { title: '期限', dataIndex: 'name' },
                  { title: '期间', dataIndex: 'period', width: 110 },
                  { title: '起算', dataIndex: 'startedOn', width: 110 },
                  { title: '状态', key: 's', width: 170, render: (_, k) => <ClockTag clock={k} /> },
                  { title: '依据', key: 'b', render: (_, k) => k.basis.citation },
                ]}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          {c.documents.length > 0 && (
            <Card size="small" title="执法文书" data-testid="case-documents" style={{ marginBottom: 16 }}>
              <List
                size="small"
                dataSource={c.documents}
                renderItem={(d) => (
                  <List.Item
                    actions={[
                      <Button
                        key="pdf"
                        size="small"
                        href={enforcementApi.documentUrl(c.id, d.id)}
                        target="_blank"
                      >
                        PDF
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={d.title}
                      description={
                        <Space>
                          {d.number}
                          {d.status === 'withdrawn' && <Tag color="default">已撤回</Tag>}
                        </Space>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          )}
          <Card size="small" title="办案记录" data-testid="case-steps">
            <Timeline
              items={c.steps.map((s) => ({
                children: (
                  <div>
                    <b>{s.stepName}</b> · {s.on} · {s.user.displayName ?? '—'}
                    {s.comment && <div>{s.comment}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={step !== null}
        title={step?.name}
        okText="办理"
        onOk={() => void submit()}
        onCancel={() => setStep(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" data-testid="case-step-form">
          <Form.Item name="on" label="办理日期（默认今天）">
            <DatePicker />
          </Form.Item>
          {step?.step === 'notify' && (
            <Form.Item name="hearingOffered" label="告知听证权利" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
          {step?.step === 'decide' && (
            <Form.Item name="handedOver" label="当场交付当事人" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
          {step?.step === 'serve' && (
            <Form.Item
              name="serviceMethod"
              label="送达方式"
              rules={[{ required: true, message: '请选择送达方式' }]}
            >
              <Select options={serviceMethods.map((m) => ({ value: m, label: serviceMethodNames[m] }))} />
            </Form.Item>
          )}
          {(step?.step === 'execute' || step?.step === 'close') && !c.paidOn && (
            <Form.Item name="paidOn" label="缴款日期">
              <DatePicker />
            </Form.Item>
          )}
          <Form.Item name="comment" label="说明">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
