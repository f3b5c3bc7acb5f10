import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Form, Grid, Input, InputNumber, Radio, Row, Space, Spin } from 'antd';
import { type MajorHazardUnitKind, majorHazardUnitKindNames, majorHazardUnitKinds } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { useI18n } from '../../../app/i18n.ts';
import { useSubmission } from '../../../components/use-submission.ts';
import { majorHazardApi } from '../major-hazard.api.ts';
import { CalcPreview, calcBody } from '../components/CalcPreview.tsx';
import { type ChemicalRow, inputToRow } from '../components/chemical-rows.ts';
import { ChemicalsEditor } from '../components/ChemicalsEditor.tsx';

interface Values {
  kind: MajorHazardUnitKind;
  name: string;
  exposedPeople?: number;
  chemicals: ChemicalRow[];
}

/**
 * The enterprise enters or edits a production or storage unit: its dangerous chemicals and the people
 * within 500 m, with S, R and the level previewed live while typing. Saving identifies it again on the
 * server (a new revision; nothing is overwritten).
 */
export default function UnitFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const onError = useApiError();
  const { message } = App.useApp();
  const { run, submitting } = useSubmission();
  const [form] = Form.useForm<Values>();
  const existing = useQuery({
    queryKey: ['major-hazard', 'unit', id],
    queryFn: () => majorHazardApi.get(id!),
    enabled: !!id,
  });
  useEffect(() => {
    const u = existing.data;
    if (u)
      form.setFieldsValue({
        kind: u.kind,
        name: u.name,
        exposedPeople: u.exposedPeople,
        chemicals: u.chemicals.map(inputToRow),
      });
  }, [existing.data, form]);
  const rows = Form.useWatch('chemicals', form) ?? [];
  const people = Form.useWatch('exposedPeople', form);
  const narrow = !Grid.useBreakpoint().lg;

  const save = async (v: Values) => {
    const { body } = calcBody(v.chemicals ?? [], v.exposedPeople);
    if (body.chemicals.length === 0) {
      void message.error('请至少填写一种危险化学品及其设计最大量');
      return;
    }
    try {
      const input = { kind: v.kind, name: v.name, ...body };
      const saved = await run(() => (id ? majorHazardApi.update(id, input) : majorHazardApi.create(input)));
      if (!saved) return;
      await qc.invalidateQueries({ queryKey: ['major-hazard'] });
      void navigate(`/major-hazard/units/${saved.id}`);
    } catch (err) {
      onError(err, form);
    }
  };

  if (id && !existing.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return (
    <PageContainer title={t(id ? 'page.majorHazardUnitEdit' : 'page.majorHazardUnitNew')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'storage', exposedPeople: 0, chemicals: [{ by: 'name' }] }}
        onFinish={(v) => void save(v)}
        data-testid="mh-unit-form"
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card size="small" title="辨识单元">
              <Form.Item name="kind" label="单元类型" rules={[{ required: true }]}>
                <Radio.Group
                  data-testid="mh-unit-kind"
                  options={majorHazardUnitKinds.map((k) => ({
                    value: k,
                    label: majorHazardUnitKindNames[k],
                  }))}
                  optionType="button"
                />
              </Form.Item>
              <Form.Item
                name="name"
                label="单元名称"
                rules={[{ required: true, whitespace: true, message: '请填写单元名称' }, { max: 100 }]}
                extra="储存单元以罐区防火堤或独立库房为界"
              >
                <Input data-testid="mh-unit-name" placeholder="如 液氯储罐区" />
              </Form.Item>
              <Form.Item
                name="exposedPeople"
                label="厂区边界外 500 m 范围内人数"
                rules={[{ required: true, message: '请填写人数' }]}
                extra="用于确定暴露人员校正系数 α（表5）"
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="mh-unit-people" />
              </Form.Item>
              <ChemicalsEditor />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title="实时辨识结果（GB 18218-2018）">
              <CalcPreview rows={rows} exposedPeople={people} />
            </Card>
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" htmlType="submit" loading={submitting} data-testid="mh-unit-submit">
                保存并辨识
              </Button>
              <Button onClick={() => void navigate(-1)}>取消</Button>
            </Space>
          </Col>
        </Row>
      </Form>
      {narrow && (
        // Phone and tablet: the result stays in sight while typing (the full card is under the form).
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            margin: '16px -16px 0',
            padding: '8px 16px',
            background: '#fff',
            borderTop: '1px solid #f0f0f0',
            boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
            zIndex: 10,
          }}
        >
          <CalcPreview rows={rows} exposedPeople={people} compact />
        </div>
      )}
    </PageContainer>
  );
}
