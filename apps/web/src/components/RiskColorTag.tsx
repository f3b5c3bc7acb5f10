import { Tag } from 'antd';
import { type RiskColor, type RiskLevel, riskColorNames } from '@anjian/domain';

/** 四色: the display colours of 红 / 橙 / 黄 / 蓝 (黄 with dark text for contrast). */
export const riskHex: Record<RiskColor, string> = {
  red: '#cf1322',
  orange: '#fa8c16',
  yellow: '#fadb14',
  blue: '#1677ff',
};

export function RiskColorTag({
  level,
  color,
  testId,
}: {
  level: RiskLevel;
  color: RiskColor;
  testId?: string;
}) {
  return (
    <Tag
      color={riskHex[color]}
      data-testid={testId}
      style={{ color: color === 'yellow' ? '#262626' : '#fff', fontSize: 14, padding: '2px 10px' }}
    >
      {riskColorNames[color]} · {level}
    </Tag>
  );
}
