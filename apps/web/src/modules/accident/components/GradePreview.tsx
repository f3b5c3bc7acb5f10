import { Alert, Space, Typography } from 'antd';
import { type GradeInput, gradeAccident } from '@anjian/domain';
import { GradeTag } from './GradeTag.tsx';

const criterionNames = {
  deaths: '死亡',
  seriousInjuries: '重伤（含急性工业中毒）',
  directLoss: '直接经济损失',
};
const units = { deaths: '人', seriousInjuries: '人', directLoss: '万元' };

/**
 * The live grade of the 快报 form: the same pure domain rule the server applies on save
 * (《生产安全事故报告和调查处理条例》第三条, the highest grade any criterion reaches).
 */
export function GradePreview({ input }: { input: Partial<GradeInput> }) {
  const num = (v: number | undefined) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  const result = gradeAccident({
    deaths: num(input.deaths),
    seriousInjuries: num(input.seriousInjuries),
    directLoss: num(input.directLoss),
  });
  return (
    <Alert
      type={result.grade === '一般' ? 'info' : 'warning'}
      showIcon={false}
      data-testid="grade-preview"
      message={
        <Space>
          <Typography.Text strong>事故等级（预判）</Typography.Text>
          <GradeTag grade={result.grade} testId="grade-preview-grade" />
        </Space>
      }
      description={
        <div style={{ fontSize: 12 }}>
          {result.basis.map((b) => (
            <div key={b}>依据：{b}</div>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {result.criteria
              .map((c) => `${criterionNames[c.criterion]} ${c.value}${units[c.criterion]} → ${c.grade}`)
              .join('；')}
            。规则：{result.ruleVersion}
          </Typography.Text>
        </div>
      }
    />
  );
}
