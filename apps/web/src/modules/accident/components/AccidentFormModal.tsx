import { useEffect } from 'react';
import { ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Col, DatePicker, Form, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AccidentLimits, accidentBody, accidentCategories, gb6441Types } from '@anjian/domain';
import { parseInput } from '../../../api/validation.ts';
import { useI18n } from '../../../app/i18n.ts';
import { DivisionTreeSelect } from '../../../components/DivisionTreeSelect.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { testId } from '../../../components/test-id.ts';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect.tsx';
import { type AccidentDetail, accidentApi } from '../accident.api.ts';
import { GradePreview } from './GradePreview.tsx';

interface Values {
  occurredAt: Dayjs;
  divisionCode: string;
  title: string;
  location?: string;
  longitude?: number;
  latitude?: number;
  enterpriseId?: string | null;
  enterpriseName?: string;
  category: string;
  accidentType: string;
  deaths: number;
  seriousInjuries: number;
  minorInjuries: number;
  missing: number;
  directLoss: number;
  description?: string;
}

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (a: AccidentDetail) => void;
}

const persons = { min: 0, max: AccidentLimits.maxPersons, precision: 0 };
const half = { xs: 24, md: 12 };

/** 事故快报: files an accident; the grade is previewed live and computed again by the server on save. */
export function AccidentFormModal({ open, onOpenChange, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const deaths = Form.useWatch('deaths', form);
  const seriousInjuries = Form.useWatch('seriousInjuries', form);
  const directLoss = Form.useWatch('directLoss', form);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (v: Values) => {
    const body = {
      occurredAt: v.occurredAt ? v.occurredAt.format() : '',
      divisionCode: v.divisionCode,
      title: v.title,
      location: v.location || null,
      longitude: v.longitude ?? null,
      latitude: v.latitude ?? null,
      enterpriseId: v.enterpriseId || null,
      enterpriseName: v.enterpriseId ? (v.enterpriseName ?? null) : null,
      category: v.category,
      accidentType: v.accidentType,
      deaths: v.deaths,
      seriousInjuries: v.seriousInjuries,
      minorInjuries: v.minorInjuries ?? 0,
      missing: v.missing ?? 0,
      directLoss: v.directLoss,
      description: v.description || null,
    };
    const saved = await accidentApi.create(parseInput(accidentBody, body));
    void message.success(`事故已上报，等级：${saved.grade}`);
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      dateFormatter={false}
      title={t('accidents.create')}
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      onSubmit={submit}
      width={860}
      initialValues={{ deaths: 0, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLoss: 0 }}
      modalProps={{ maskClosable: false }}
      submitText="上报"
      submitTestId="accident-form-submit"
      data-testid="accident-form"
    >
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            name="occurredAt"
            label="事故发生时间"
            rules={[{ required: true, message: '请选择事故发生时间' }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              aria-label="事故发生时间"
              data-testid="accident-occurred-at"
              disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="divisionCode"
            label="发生地区划"
            rules={[{ required: true, message: '请选择行政区划' }]}
          >
            <DivisionTreeSelect data-testid="accident-division" aria-label="发生地区划" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <ProFormText
            name="title"
            label="事故名称"
            placeholder="如：××公司“3·15”高处坠落事故"
            fieldProps={{ maxLength: 120 }}
            rules={[{ required: true, message: '请输入事故名称' }]}
          />
        </Col>
        <Col {...half}>
          <ProFormText name="location" label="事发地点" fieldProps={{ maxLength: 200 }} />
        </Col>
        <Col xs={12} md={6}>
          <ProFormDigit name="longitude" label="经度" fieldProps={{ precision: 6 }} min={-180} max={180} />
        </Col>
        <Col xs={12} md={6}>
          <ProFormDigit name="latitude" label="纬度" fieldProps={{ precision: 6 }} min={-90} max={90} />
        </Col>
        <Col {...half}>
          <Form.Item name="enterpriseId" label="事故单位（企业）" extra="道路交通等事故可不填">
            <EnterpriseSelect
              data-testid="accident-enterprise"
              onChange={(id, e) => {
                form.setFieldsValue({ enterpriseId: id, enterpriseName: e?.name });
              }}
            />
          </Form.Item>
          <Form.Item name="enterpriseName" hidden>
            <input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <ProFormSelect
            name="category"
            label="事故类别"
            options={accidentCategories.map((c) => ({ value: c.code, label: c.name }))}
            rules={[{ required: true, message: '请选择类别' }]}
          />
        </Col>
        <Col xs={12} md={6}>
          <ProFormSelect
            name="accidentType"
            label="事故类型（GB 6441）"
            showSearch
            options={gb6441Types.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))}
            rules={[{ required: true, message: '请选择事故类型' }]}
          />
        </Col>
        <Col xs={12} md={6}>
          <ProFormDigit
            name="deaths"
            label="死亡（人）"
            fieldProps={{ ...persons, ...testId('accident-deaths') }}
            rules={[{ required: true, message: '请输入死亡人数' }]}
          />
        </Col>
        <Col xs={12} md={6}>
          <ProFormDigit
            name="seriousInjuries"
            label="重伤（含急性工业中毒）"
            fieldProps={{ ...persons, ...testId('accident-serious') }}
            rules={[{ required: true, message: '请输入重伤人数' }]}
          />
        </Col>
        <Col xs={12} md={6}>
          <ProFormDigit name="minorInjuries" label="轻伤（人）" fieldProps={persons} />
        </Col>
        <Col xs={12} md={6}>
          <ProFormDigit name="missing" label="失踪（人）" fieldProps={persons} />
        </Col>
        <Col {...half}>
          <ProFormDigit
            name="directLoss"
            label="直接经济损失（万元）"
            fieldProps={{
              min: 0,
              max: AccidentLimits.maxLossWanYuan,
              precision: 2,
              ...testId('accident-loss'),
            }}
            rules={[{ required: true, message: '请输入直接经济损失' }]}
          />
        </Col>
        <Col {...half}>
          <Form.Item label="等级预判">
            <GradePreview input={{ deaths, seriousInjuries, directLoss }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <ProFormTextArea
            name="description"
            label="事故简要经过"
            fieldProps={{ maxLength: 5000, rows: 3 }}
          />
        </Col>
      </Row>
    </FormModal>
  );
}
