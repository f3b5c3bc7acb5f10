import { Tag } from 'antd';
import type { MajorHazardLevel } from '@anjian/domain';

/** 一级 red … 四级 blue, as the four-colour maps show them; a unit below the threshold is grey. */
export const levelHex: Record<MajorHazardLevel, string> = {
  一级: '#cf1322',
  二级: '#fa8c16',
  三级: '#d4b106',
  四级: '#1677ff',
};

export function LevelTag({
  level,
  isMajor,
  testId,
}: {
  level: MajorHazardLevel | null;
  isMajor: boolean;
  testId?: string;
}) {
  if (!isMajor || !level)
    return (
      <Tag data-testid={testId} color="default">
        非重大危险源
      </Tag>
    );
  return (
    <Tag data-testid={testId} color={levelHex[level]} style={{ color: '#fff' }}>
      {level}重大危险源
    </Tag>
  );
}
