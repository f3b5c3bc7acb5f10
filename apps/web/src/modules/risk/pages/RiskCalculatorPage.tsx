import { useMemo, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Descriptions, Form, Row, Select, Space, Statistic, Typography } from 'antd';
import { evaluateLec, evaluateLs, lecOption, lecScores, lsOption, lsScores } from '@anjian/domain';
import { useI18n } from '../../../app/i18n.ts';
import { RiskColorTag } from '../../../components/RiskColorTag.tsx';

const lecHelp = {
  L: '事故发生的可能性：10 完全可以预料 … 0.1 实际不可能',
  E: '暴露于危险环境的频繁程度：10 连续暴露 … 0.5 非常罕见',
  C: '发生事故可能造成的后果：100 大灾难（10 人以上死亡）… 1 引人注目',
} as const;
/** Each score with its standard wording; the option's title stays the bare score. */
const opts = (xs: readonly number[], label: (x: number) => string) =>
  xs.map((x) => ({ value: x, label: label(x), title: String(x) }));

/**
 * LEC (D = L×E×C) and L×S matrix with a live preview computed by the same domain functions the server
 * uses (POST /api/calc/lec, /api/calc/ls answer identically), with the four-colour grade.
 */
export default function RiskCalculatorPage() {
  const { t } = useI18n();
  const [lec, setLec] = useState({ L: 3, E: 6, C: 7 });
  const [ls, setLs] = useState({ L: 3, S: 3 });
  const lecResult = useMemo(() => evaluateLec(lec), [lec]);
  const lsResult = useMemo(() => evaluateLs(ls), [ls]);

  return (
    <PageContainer title={t('page.riskCalc')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="作业条件危险性评价法（LEC）" size="small" data-testid="calc-lec">
            <Form layout="vertical">
              {(['L', 'E', 'C'] as const).map((k) => (
                <Form.Item key={k} label={`${k} 分值`} extra={lecHelp[k]}>
                  <Select
                    aria-label={`LEC ${k}`}
                    data-testid={`lec-${k}`}
                    value={lec[k]}
                    options={opts(lecScores[k], (x) => lecOption(k, x))}
                    onChange={(v: number) => setLec({ ...lec, [k]: v })}
                  />
                </Form.Item>
              ))}
            </Form>
            <Space align="center" size={24} wrap>
              <Statistic title="D = L × E × C" value={lecResult.D} />
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="危险程度">{lecResult.dangerClass}</Descriptions.Item>
                <Descriptions.Item label="风险等级">
                  <RiskColorTag level={lecResult.level} color={lecResult.color} testId="lec-result" />
                </Descriptions.Item>
              </Descriptions>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="风险矩阵法（L × S）" size="small" data-testid="calc-ls">
            <Form layout="vertical">
              <Form.Item label="L 可能性（1–5）">
                <Select
                  aria-label="LS L"
                  data-testid="ls-L"
                  value={ls.L}
                  options={opts(lsScores, (x) => lsOption('L', x))}
                  onChange={(v: number) => setLs({ ...ls, L: v })}
                />
              </Form.Item>
              <Form.Item label="S 严重性（1–5）">
                <Select
                  aria-label="LS S"
                  data-testid="ls-S"
                  value={ls.S}
                  options={opts(lsScores, (x) => lsOption('S', x))}
                  onChange={(v: number) => setLs({ ...ls, S: v })}
                />
              </Form.Item>
            </Form>
            <Space align="center" size={24} wrap>
              <Statistic title="R = L × S" value={lsResult.R} />
              <RiskColorTag level={lsResult.level} color={lsResult.color} testId="ls-result" />
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              矩阵 LS-2：R ≥ 20 红（重大），10–16 橙（较大），4–9 黄（一般），1–3 蓝（低）。LEC：D &gt; 320
              红，160–320 橙，70–160 黄，≤ 70 蓝。
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
