import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ChemicalBy } from './chemical-rows.ts';

const byOptions: { value: ChemicalBy; label: string }[] = [
  { value: 'name', label: '按名称（表1）' },
  { value: 'cas', label: '按 CAS 号' },
  { value: 'symbol', label: '按危险性类别（表2）' },
  { value: 'custom', label: '自定义 Q 与 β' },
];

const keyLabel: Record<ChemicalBy, string> = {
  name: '名称',
  cas: 'CAS 号',
  symbol: '危险性类别',
  custom: '名称（可选）',
};
const keyPlaceholder: Record<ChemicalBy, string> = {
  name: '如 氯、液氨、甲醇',
  cas: '如 7782-50-5',
  symbol: '如 W5.4 或 W2, W5.3',
  custom: '如 某混合物',
};

/**
 * The chemicals of a unit inside an antd Form (`chemicals` list): each row names its chemical by 表1 name,
 * CAS, 表2 category or gives Q and β outright, with its design maximum quantity q (t). Phone-first: the
 * fields of a row wrap.
 */
export function ChemicalsEditor() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="chemicals">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              style={{ marginBottom: 8 }}
              data-testid="mh-chemical-row"
              title={`危险化学品 ${i + 1}`}
              extra={
                fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除"
                    data-testid="mh-chemical-remove"
                    onClick={() => remove(f.name)}
                  />
                )
              }
            >
              <Row gutter={8}>
                <Col xs={24} sm={8}>
                  <Form.Item name={[f.name, 'by']} label="确定方式" initialValue="name">
                    <Select options={byOptions} data-testid={`mh-chem-by-${i}`} />
                  </Form.Item>
                </Col>
                <Form.Item noStyle dependencies={[['chemicals', f.name, 'by']]}>
                  {() => {
                    const by = (form.getFieldValue(['chemicals', f.name, 'by']) as ChemicalBy) ?? 'name';
                    return (
                      <>
                        <Col xs={24} sm={8}>
                          <Form.Item name={[f.name, 'key']} label={keyLabel[by]}>
                            <Input placeholder={keyPlaceholder[by]} data-testid={`mh-chem-key-${i}`} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={8}>
                          <Form.Item name={[f.name, 'q']} label="设计最大量 q（t）">
                            <Input inputMode="decimal" data-testid={`mh-chem-q-${i}`} />
                          </Form.Item>
                        </Col>
                        {(by === 'name' || by === 'cas') && (
                          <Col xs={12} sm={8}>
                            <Form.Item
                              name={[f.name, 'symbol']}
                              label="危险性类别"
                              tooltip="不在表3的物质按表4取 β 时填写，如 W5.3"
                            >
                              <Input placeholder="可选" data-testid={`mh-chem-symbol-${i}`} />
                            </Form.Item>
                          </Col>
                        )}
                        {by === 'custom' && (
                          <>
                            <Col xs={12} sm={8}>
                              <Form.Item name={[f.name, 'Q']} label="临界量 Q（t）">
                                <Input inputMode="decimal" data-testid={`mh-chem-Q-${i}`} />
                              </Form.Item>
                            </Col>
                            <Col xs={12} sm={8}>
                              <Form.Item name={[f.name, 'beta']} label="校正系数 β">
                                <Input inputMode="decimal" data-testid={`mh-chem-beta-${i}`} />
                              </Form.Item>
                            </Col>
                          </>
                        )}
                      </>
                    );
                  }}
                </Form.Item>
              </Row>
            </Card>
          ))}
          <Button
            block
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ by: 'name' })}
            data-testid="mh-chemical-add"
          >
            添加危险化学品
          </Button>
        </>
      )}
    </Form.List>
  );
}
