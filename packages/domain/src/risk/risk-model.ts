import { type RiskColor, type RiskLevel, riskColors, riskLevels } from './lec.ts';

/**
 * The 双重预防 data model (2022 危险化学品企业双重预防机制数字化建设指南): 风险分析对象 → 风险分析单元 →
 * 安全风险事件 → 管控措施 → 隐患排查任务 → 排查记录 → 隐患. Pure rules: grades and due dates.
 */
export const riskObjectKinds = ['重大危险源', '设施设备', '作业活动', '场所'] as const;
export type RiskObjectKind = (typeof riskObjectKinds)[number];

export const controlMeasureTypes = ['工程技术', '维护保养', '操作行为', '应急措施'] as const;
export type ControlMeasureType = (typeof controlMeasureTypes)[number];

/** 管控层级: who is responsible for a measure. */
export const responsibleLevels = ['公司', '部门', '班组', '岗位'] as const;
export type ResponsibleLevel = (typeof responsibleLevels)[number];

export const cycleUnits = ['hour', 'day', 'week', 'month', 'year'] as const;
export type CycleUnit = (typeof cycleUnits)[number];
export const cycleUnitNames: Record<CycleUnit, string> = {
  hour: '小时',
  day: '天',
  week: '周',
  month: '月',
  year: '年',
};

export const checkResults = ['normal', 'hazard'] as const;
export type CheckResult = (typeof checkResults)[number];

export const RISK_GRADE_RULE =
  '单元取其风险事件的最高等级；企业取其风险分析单元的最高等级；无已评估事件为未评估（null）';

/**
 * The grade derivation rule (documented in RISK_GRADE_RULE): the highest of the given grades in the order
 * 重大风险 > 较大风险 > 一般风险 > 低风险; null grades (unassessed) are ignored; none at all is null.
 * A unit's grade is riskGradeOf(its events' levels); an enterprise's is riskGradeOf(its units' grades).
 */
export function riskGradeOf(levels: readonly (RiskLevel | null | undefined)[]): RiskLevel | null {
  let best = -1;
  for (const l of levels) {
    if (!l) continue;
    const i = riskLevels.indexOf(l);
    if (best === -1 || i < best) best = i;
  }
  return best === -1 ? null : riskLevels[best]!;
}

export const riskColorOf = (level: RiskLevel | null): RiskColor | null => (level ? riskColors[level] : null);

/** Adds `n` cycle units to an instant; months and years in calendar terms (UTC; 1-31 + 1 month → month end). */
export function addCycle(from: Date, n: number, unit: CycleUnit): Date {
  const d = new Date(from.getTime());
  switch (unit) {
    case 'hour':
      return new Date(d.getTime() + n * 3_600_000);
    case 'day':
      return new Date(d.getTime() + n * 86_400_000);
    case 'week':
      return new Date(d.getTime() + n * 7 * 86_400_000);
    case 'month':
    case 'year': {
      const months = unit === 'month' ? n : 12 * n;
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + months);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last));
      return d;
    }
  }
}

/**
 * A task's next due instant: its start when never checked, else the last record plus one cycle. Overdue
 * is derived from it at query time (`now > nextDue`), never stored.
 */
export function nextDueOf(
  task: { startsAt: Date; cycleNum: number; cycleUnit: CycleUnit },
  lastCheckedAt: Date | null,
): Date {
  return lastCheckedAt ? addCycle(lastCheckedAt, task.cycleNum, task.cycleUnit) : task.startsAt;
}
