import { Tag } from 'antd';
import { type DivisionLevel, divisionLevelNames } from '@anjian/domain';

const colors: Record<DivisionLevel, string> = {
  province: 'magenta',
  city: 'red',
  county: 'orange',
  township: 'green',
  village: 'blue',
};

const isLevel = (level: string): level is DivisionLevel => level in divisionLevelNames;

/** 省/市/区县/乡镇/村 as a coloured tag. */
export function LevelTag({ level }: { level: string }) {
  return isLevel(level) ? <Tag color={colors[level]}>{divisionLevelNames[level]}</Tag> : <Tag>{level}</Tag>;
}
