import { useEffect, useRef, useState } from 'react';
import { PageContainer, ProForm, ProFormDigit } from '@ant-design/pro-components';
import { Alert, App, Card, Col, Form, Row, Spin } from 'antd';
import { type SecurityPolicy, securityPolicySchema } from '@anjian/domain';
import { useApiError } from '../../../api/use-api-error.ts';
import { invalidInput, validate } from '../../../api/validation.ts';
import { useI18n } from '../../../app/i18n.ts';
import { testId } from '../../../components/test-id.ts';
import { securityApi } from '../security.api.ts';

interface Field {
  name: string[];
  label: string;
  min: number;
  max: number;
  unit?: string;
  tooltip?: string;
}

const groups: { title: string; fields: Field[] }[] = [
  {
    title: '密码策略',
    fields: [
      { name: ['password', 'minLength'], label: '最小长度', min: 8, max: 64, unit: '位' },
      { name: ['password', 'maxLength'], label: '最大长度', min: 64, max: 256, unit: '位' },
      {
        name: ['password', 'minClasses'],
        label: '字符类别数',
        min: 3,
        max: 4,
        unit: '类',
        tooltip: '大写字母、小写字母、数字、特殊字符中至少包含几类',
      },
      {
        name: ['password', 'historyCount'],
        label: '不得重复最近',
        min: 0,
        max: 24,
        unit: '次',
        tooltip: '新密码不能与最近几次使用过的密码相同',
      },
      {
        name: ['password', 'expiryDays'],
        label: '有效期',
        min: 0,
        max: 365,
        unit: '天',
        tooltip: '政府人员账号的密码到期后须修改；0 表示不过期',
      },
    ],
  },
  {
    title: '登录锁定与休眠账号',
    fields: [
      {
        name: ['lockoutThreshold'],
        label: '连续失败次数',
        min: 3,
        max: 10,
        unit: '次',
        tooltip: '连续登录失败达到此次数后锁定账号',
      },
      { name: ['lockoutMinutes'], label: '锁定时长', min: 1, max: 1440, unit: '分钟' },
      {
        name: ['dormantDays'],
        label: '休眠账号停用',
        min: 0,
        max: 3650,
        unit: '天',
        tooltip: '超过此天数未登录的账号自动停用；0 表示不停用',
      },
    ],
  },
  {
    title: '会话',
    fields: [
      {
        name: ['idleMinutes'],
        label: '空闲超时',
        min: 5,
        max: 120,
        unit: '分钟',
        tooltip: '无操作超过此时长后须重新登录',
      },
      {
        name: ['absoluteHours'],
        label: '最长会话',
        min: 1,
        max: 24,
        unit: '小时',
        tooltip: '登录后无论是否操作，超过此时长须重新登录',
      },
    ],
  },
];

/** 安全策略 (security admin): password, lockout and session rules of SECURITY.md AUTH-01/02. */
export default function SecurityPolicyPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiError();
  const [form] = Form.useForm<SecurityPolicy>();
  const [loaded, setLoaded] = useState(false);
  // Fields this page does not show yet are sent back as loaded, so a newer server keeps them.
  const current = useRef<SecurityPolicy | null>(null);

  useEffect(() => {
    securityApi
      .get()
      .then((policy) => {
        current.current = policy;
        form.setFieldsValue(policy);
        setLoaded(true);
      })
      .catch(onError);
  }, [form, onError]);

  const submit = async (values: SecurityPolicy) => {
    const base = current.current;
    const merged = base ? { ...base, ...values, password: { ...base.password, ...values.password } } : values;
    const checked = validate(securityPolicySchema, merged);
    if (!checked.ok) {
      onError(invalidInput(checked.issues), form);
      return false;
    }
    try {
      const saved = await securityApi.update(checked.data);
      current.current = saved;
      form.setFieldsValue(saved);
      void message.success('安全策略已保存');
      return true;
    } catch (err) {
      onError(err, form);
      return false;
    }
  };

  return (
    <PageContainer title={t('page.security')}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="依据网络安全等级保护 2.0（三级）身份鉴别与访问控制要求设置。修改会写入审计日志，对下一次登录或请求生效。"
      />
      <Spin spinning={!loaded}>
        <ProForm<SecurityPolicy>
          form={form}
          onFinish={submit}
          layout="vertical"
          aria-label={t('page.security')}
          submitter={{
            searchConfig: { submitText: t('btn.save'), resetText: t('btn.reset') },
            submitButtonProps: { ...testId('security-submit') },
            onReset: () => void securityApi.get().then((p) => form.setFieldsValue(p)),
          }}
        >
          <Row gutter={16}>
            {groups.map((g) => (
              <Col key={g.title} xs={24} lg={8}>
                <Card title={g.title} size="small" style={{ marginBottom: 16 }}>
                  {g.fields.map((f) => (
                    <ProFormDigit
                      key={f.name.join('.')}
                      name={f.name}
                      label={f.label}
                      tooltip={f.tooltip}
                      min={f.min}
                      max={f.max}
                      rules={[{ required: true, message: `请输入${f.label}` }]}
                      extra={`${f.min}–${f.max}`}
                      fieldProps={{
                        precision: 0,
                        addonAfter: f.unit,
                        style: { width: '100%' },
                        ...testId(`policy-${f.name.join('-')}`),
                      }}
                    />
                  ))}
                </Card>
              </Col>
            ))}
          </Row>
        </ProForm>
      </Spin>
    </PageContainer>
  );
}
