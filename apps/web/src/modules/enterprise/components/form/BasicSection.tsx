import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { EnterpriseLimits, industryCode } from '@anjian/domain';
import { zodRule } from '../../../../api/validation.ts';
import { DivisionTreeSelect } from '../../../../components/DivisionTreeSelect.tsx';
import { CreditCodeField } from '../../../../components/CreditCodeField.tsx';
import { levelOptions, sectorOptions, sizeOptions } from '../../format.ts';
import { SimilarNamesHint } from './SimilarNamesHint.tsx';

/** Identity, place, sector and people. `locked(field)` disables what the caller may not change. */
function LockedText({ text }: { text: string; value?: unknown }) {
  return <Input value={text} disabled />;
}

export function BasicSection({
  locked,
  divisionName,
  enterpriseId,
}: {
  locked: (field: string) => boolean;
  /** Shown instead of the tree when the division is locked (an enterprise account cannot read the tree). */
  divisionName?: string;
  /** The enterprise being edited, left out of the near-duplicate warning. */
  enterpriseId?: string;
}) {
  const half = { xs: 24, md: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <CreditCodeField disabled={locked('creditCode')} />
      </Col>
      <Col {...half}>
        <Form.Item
          name="name"
          label="企业名称"
          rules={[
            { required: true, message: '请填写企业名称' },
            { max: EnterpriseLimits.nameMax, message: `企业名称最多 ${EnterpriseLimits.nameMax} 个字符` },
          ]}
        >
          <Input
            count={{ show: true, max: EnterpriseLimits.nameMax }}
            disabled={locked('name')}
            data-testid="enterprise-name"
          />
        </Form.Item>
        {!locked('name') && <SimilarNamesHint excludeId={enterpriseId} />}
      </Col>
      <Col {...half}>
        <Form.Item
          name="divisionCode"
          label="行政区划"
          rules={[{ required: true, message: '请选择行政区划（可到村/社区）' }]}
        >
          {locked('divisionCode') && divisionName ? (
            <LockedText text={divisionName} />
          ) : (
            <DivisionTreeSelect data-testid="enterprise-division" aria-label="行政区划" />
          )}
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="address" label="地址">
          <Input count={{ show: true, max: EnterpriseLimits.addressMax }} disabled={locked('address')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="longitude" label="经度" tooltip="WGS-84，经纬度须同时填写">
          <InputNumber
            min={73}
            max={136}
            step={0.000001}
            style={{ width: '100%' }}
            disabled={locked('longitude')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="latitude" label="纬度">
          <InputNumber
            min={3}
            max={54}
            step={0.000001}
            style={{ width: '100%' }}
            disabled={locked('latitude')}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="industryCode"
          label="国民经济行业代码"
          rules={[zodRule(industryCode)]}
          tooltip="GB/T 4754-2017，如 C2614"
        >
          <Input maxLength={5} disabled={locked('industryCode')} className="mono" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="sector" label="监管行业" rules={[{ required: true, message: '请选择监管行业' }]}>
          <Select
            options={sectorOptions}
            showSearch
            optionFilterProp="label"
            disabled={locked('sector')}
            data-testid="enterprise-sector"
            aria-label="监管行业"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="secondarySectors" label="其他监管行业">
          <Select
            mode="multiple"
            options={sectorOptions}
            optionFilterProp="label"
            disabled={locked('secondarySectors')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="sizeClass" label="企业规模">
          <Select options={sizeOptions} allowClear disabled={locked('sizeClass')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="employees" label="从业人数">
          <InputNumber
            min={0}
            max={1_000_000}
            precision={0}
            style={{ width: '100%' }}
            disabled={locked('employees')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="principal" label="主要负责人">
          <Input maxLength={EnterpriseLimits.personMax} disabled={locked('principal')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="safetyManager" label="安全管理人员">
          <Input maxLength={EnterpriseLimits.personMax} disabled={locked('safetyManager')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="registeredSafetyEngineers" label="注册安全工程师">
          <InputNumber
            min={0}
            max={10_000}
            precision={0}
            addonAfter="人"
            style={{ width: '100%' }}
            disabled={locked('registeredSafetyEngineers')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="standardizationLevel" label="标准化等级">
          <Select options={levelOptions} disabled={locked('standardizationLevel')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
