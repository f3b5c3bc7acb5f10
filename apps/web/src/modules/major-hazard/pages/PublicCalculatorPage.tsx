import { Card, Form, InputNumber, Typography } from 'antd';
import { CalcPreview } from '../components/CalcPreview.tsx';
import type { ChemicalRow } from '../components/chemical-rows.ts';
import { ChemicalsEditor } from '../components/ChemicalsEditor.tsx';

interface Values {
  exposedPeople?: number;
  chemicals: ChemicalRow[];
}

/**
 * The public 重大危险源辨识与分级 calculator (no login, outside the shell, phone-first): the same
 * `POST /api/calc/major-hazard` the enterprise form previews with. Nothing is stored.
 */
export default function PublicCalculatorPage() {
  const [form] = Form.useForm<Values>();
  const rows = Form.useWatch('chemicals', form) ?? [];
  const people = Form.useWatch('exposedPeople', form);
  return (
    <div
      style={{ maxWidth: 760, margin: '0 auto', padding: 12, background: '#f5f5f5', minHeight: '100vh' }}
      data-testid="mh-public-calculator"
    >
      <Typography.Title level={4} style={{ marginTop: 8 }}>
        危险化学品重大危险源辨识与分级计算
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        依据 GB 18218-2018《危险化学品重大危险源辨识》：S = Σ q/Q ≥ 1 为重大危险源；R = α·Σ β·q/Q
        分级。本页不保存任何数据，结果仅供参考，以企业备案和监管部门核定为准。
      </Typography.Paragraph>
      <Card size="small" title="计算结果" style={{ marginBottom: 12 }}>
        <CalcPreview rows={rows} exposedPeople={people} />
      </Card>
      <Card size="small" title="单元信息">
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ exposedPeople: 0, chemicals: [{ by: 'name' }] }}
        >
          <Form.Item name="exposedPeople" label="厂区边界外 500 m 范围内人数" extra="确定 α（表5）">
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="mh-unit-people" />
          </Form.Item>
          <ChemicalsEditor />
        </Form>
      </Card>
    </div>
  );
}
