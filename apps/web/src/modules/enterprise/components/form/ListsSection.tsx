import { Button, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { EnterpriseLimits } from '@anjian/domain';

/** Licences with expiry, 安责险, 安全费用 per year and high-risk processes (all owned by the enterprise). */
export function ListsSection({ locked }: { locked: (field: string) => boolean }) {
  const form = Form.useFormInstance();
  const hasInsurance = Form.useWatch<boolean | undefined>('hasInsurance', form);
  const lic = locked('licences');
  const cost = locked('safetyCosts');
  return (
    <>
      <Divider orientation="left" plain>
        许可证
      </Divider>
      <Form.List name="licences">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} align="top" wrap>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: '许可证种类' }]}>
                    <Input placeholder="种类，如 安全生产许可证" disabled={lic} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'number']} rules={[{ required: true, message: '编号' }]}>
                    <Input placeholder="编号" disabled={lic} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[f.name, 'issuer']}>
                    <Input placeholder="发证机关" disabled={lic} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={6}>
                  <Form.Item name={[f.name, 'expiresOn']}>
                    <DatePicker placeholder="有效期至" style={{ width: '100%' }} disabled={lic} />
                  </Form.Item>
                </Col>
                <Col xs={2} md={1}>
                  {!lic && (
                    <MinusCircleOutlined
                      aria-label="删除许可证"
                      onClick={() => remove(f.name)}
                      style={{ marginTop: 9 }}
                    />
                  )}
                </Col>
              </Row>
            ))}
            {!lic && fields.length < EnterpriseLimits.licencesMax && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                添加许可证
              </Button>
            )}
          </>
        )}
      </Form.List>

      <Divider orientation="left" plain>
        安全生产责任保险
      </Divider>
      <Form.Item name="hasInsurance" label="已投保" valuePropName="checked">
        <Switch disabled={locked('liabilityInsurance')} />
      </Form.Item>
      {hasInsurance && (
        <Row gutter={8}>
          <Col xs={12} md={6}>
            <Form.Item
              name={['liabilityInsurance', 'insurer']}
              rules={[{ required: true, message: '保险公司' }]}
            >
              <Input placeholder="保险公司" disabled={locked('liabilityInsurance')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={['liabilityInsurance', 'policyNo']}
              rules={[{ required: true, message: '保单号' }]}
            >
              <Input placeholder="保单号" disabled={locked('liabilityInsurance')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name={['liabilityInsurance', 'expiresOn']}
              rules={[{ required: true, message: '到期日' }]}
            >
              <DatePicker
                placeholder="到期日"
                style={{ width: '100%' }}
                disabled={locked('liabilityInsurance')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['liabilityInsurance', 'insuredAmount']}>
              <InputNumber
                min={0}
                placeholder="保额"
                addonAfter="万元"
                style={{ width: '100%' }}
                disabled={locked('liabilityInsurance')}
              />
            </Form.Item>
          </Col>
        </Row>
      )}

      <Divider orientation="left" plain>
        安全费用（万元，每年一条）
      </Divider>
      <Form.List name="safetyCosts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'year']} rules={[{ required: true, message: '年度' }]}>
                  <InputNumber min={2000} max={2100} precision={0} placeholder="年度" disabled={cost} />
                </Form.Item>
                <Form.Item name={[f.name, 'extracted']} rules={[{ required: true, message: '提取额' }]}>
                  <InputNumber min={0} addonBefore="提取" disabled={cost} />
                </Form.Item>
                <Form.Item name={[f.name, 'used']} rules={[{ required: true, message: '使用额' }]}>
                  <InputNumber min={0} addonBefore="使用" disabled={cost} />
                </Form.Item>
                {!cost && (
                  <MinusCircleOutlined
                    aria-label="删除年度"
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 9 }}
                  />
                )}
              </Space>
            ))}
            {!cost && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ year: new Date().getFullYear() })}
                block
              >
                添加年度
              </Button>
            )}
          </>
        )}
      </Form.List>

      <Divider orientation="left" plain>
        危险工艺
      </Divider>
      <Form.Item name="highRiskProcesses" extra="重点监管的危险化工工艺，回车添加">
        <Select
          mode="tags"
          tokenSeparators={['、', ',', '，']}
          disabled={locked('highRiskProcesses')}
          options={[
            '氯化工艺',
            '硝化工艺',
            '加氢工艺',
            '氧化工艺',
            '聚合工艺',
            '裂解（裂化）工艺',
            '氟化工艺',
            '重氮化工艺',
          ].map((p) => ({ value: p, label: p }))}
          aria-label="危险工艺"
        />
      </Form.Item>
    </>
  );
}
