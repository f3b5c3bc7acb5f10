import { useEffect } from 'react';
import { App, Button, Col, DatePicker, Divider, Form, Input, Row } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { agencyBody } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { CreditCodeField } from '../../../components/CreditCodeField.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { type AgencyDetail, agencyApi } from '../agency.api.ts';

interface Values {
  name?: string;
  creditCode?: string;
  divisionCode?: string | null;
  address?: string;
  contactPerson?: string;
  qualifications?: {
    kind?: string;
    number?: string;
    level?: string;
    issuer?: string;
    expiresOn?: Dayjs | null;
  }[];
}

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

interface Props {
  agency?: AgencyDetail | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (a: AgencyDetail) => void;
}

/** 第三方机构 登记 / 编辑 with its qualifications (资质) and their expiry. */
export function AgencyFormModal({ agency, open, onOpenChange, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (agency)
      form.setFieldsValue({
        name: agency.name,
        creditCode: agency.creditCode,
        divisionCode: agency.divisionCode,
        address: agency.address ?? undefined,
        contactPerson: agency.contactPerson ?? undefined,
        qualifications: agency.qualifications.map((q) => ({
          kind: q.kind,
          number: q.number,
          level: q.level ?? undefined,
          issuer: q.issuer ?? undefined,
          expiresOn: dayjs(q.expiresOn),
        })),
      });
  }, [open, agency, form]);

  const submit = async (v: Values) => {
    const body = {
      name: v.name?.trim() ?? '',
      creditCode: v.creditCode?.trim() ?? '',
      divisionCode: v.divisionCode ?? undefined,
      address: blank(v.address),
      contactPerson: blank(v.contactPerson),
      qualifications: (v.qualifications ?? []).map((q) => ({
        kind: q.kind?.trim() ?? '',
        number: q.number?.trim() ?? '',
        level: blank(q.level),
        issuer: blank(q.issuer),
        expiresOn: q.expiresOn?.format('YYYY-MM-DD') ?? '',
      })),
    };
    const data = parseInput(agencyBody, body);
    const saved = agency ? await agencyApi.update(agency.id, data) : await agencyApi.create(data);
    void message.success(agency ? '机构信息已保存' : `已登记：${saved.name}`);
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      title={agency ? `编辑机构：${agency.name}` : '登记第三方机构'}
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      onSubmit={submit}
      // Keep DatePicker values as Dayjs (ProForm would turn them into strings); converted on submit.
      dateFormatter={false}
      width={760}
      layout="vertical"
      modalProps={{ maskClosable: false, style: { maxWidth: 'calc(100vw - 16px)' } }}
      submitText="保存"
      submitTestId="agency-form-submit"
      data-testid="agency-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label="机构名称" rules={[{ required: true, message: '请填写机构名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <CreditCodeField />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="divisionCode" label="注册区划" rules={[{ required: true, message: '请选择区划' }]}>
            <DivisionTreeSelect aria-label="注册区划" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactPerson" label="联系人">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label="地址">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Divider orientation="left" plain>
        资质
      </Divider>
      <Form.List name="qualifications">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key}>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: '资质类别' }]}>
                    <Input placeholder="类别，如 安全评价" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[f.name, 'number']} rules={[{ required: true, message: '证书编号' }]}>
                    <Input placeholder="证书编号" />
                  </Form.Item>
                </Col>
                <Col xs={8} md={3}>
                  <Form.Item name={[f.name, 'level']}>
                    <Input placeholder="等级" />
                  </Form.Item>
                </Col>
                <Col xs={16} md={4}>
                  <Form.Item name={[f.name, 'issuer']}>
                    <Input placeholder="发证机关" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={5}>
                  <Form.Item name={[f.name, 'expiresOn']} rules={[{ required: true, message: '有效期至' }]}>
                    <DatePicker placeholder="有效期至" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1}>
                  <MinusCircleOutlined
                    aria-label="删除资质"
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 9 }}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              添加资质
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
