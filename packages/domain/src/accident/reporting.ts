import type { AccidentCategory } from './categories.ts';
import type { AccidentGrade } from './grade.ts';

/**
 * Reporting duties of 《生产安全事故报告和调查处理条例》:
 * - 第九条: the unit reports to the county-level 安全生产监督管理部门 within 1 hour;
 * - 第十条: the report goes up level by level — 一般 to the 设区的市, 较大 to the province, 重大 and
 *   特别重大 to the State Council's department (national);
 * - 第十一条: each level passes it on within 2 hours of receiving it;
 * - 第十三条: casualty changes within 30 days of the accident are reported as supplements (道路交通 and
 *   火灾: 7 days).
 * The clock of the first step starts at the time of the accident (the platform does not know when the
 * unit's head learned of it); each next level's clock starts when the level below actually reported,
 * or at its deadline while it has not.
 */
export const reportLevels = ['county', 'city', 'province', 'national'] as const;
export type ReportLevel = (typeof reportLevels)[number];
export const reportLevelNames: Record<ReportLevel, string> = {
  county: '县级应急管理部门',
  city: '设区的市级应急管理部门',
  province: '省级应急管理部门',
  national: '国务院应急管理部门',
};

export const ReportingRules = {
  firstStepMinutes: 60,
  perLevelMinutes: 120,
  supplementDays: 30,
  supplementDaysRoadFire: 7,
} as const;

/** The levels an accident of this grade must reach (第十条). */
export function requiredReportLevels(grade: AccidentGrade): ReportLevel[] {
  switch (grade) {
    case '一般':
      return ['county', 'city'];
    case '较大':
      return ['county', 'city', 'province'];
    case '重大':
    case '特别重大':
      return ['county', 'city', 'province', 'national'];
  }
}

export type StepStatus = 'on_time' | 'late' | 'pending' | 'overdue';
export const stepStatusNames: Record<StepStatus, string> = {
  on_time: '按时',
  late: '迟报',
  pending: '待报',
  overdue: '已超时未报',
};

export interface TimelineStep {
  level: ReportLevel;
  levelName: string;
  required: boolean;
  deadline: Date;
  reportedAt: Date | null;
  status: StepStatus;
  /** Minutes past the deadline (late or overdue), else 0. */
  minutesLate: number;
}

const MIN = 60_000;

/**
 * The reporting timeline: one step per required level (and any extra level actually reported), with its
 * deadline and whether it was on time, late, or is still pending / overdue at `now`.
 */
export function reportingTimeline(input: {
  grade: AccidentGrade;
  occurredAt: Date;
  reports: { level: ReportLevel; reportedAt: Date }[];
  now: Date;
}): TimelineStep[] {
  const required = requiredReportLevels(input.grade);
  const reported = new Map(input.reports.map((r) => [r.level, r.reportedAt]));
  const steps: TimelineStep[] = [];
  let clock = input.occurredAt.getTime();
  for (const level of reportLevels) {
    const isRequired = required.includes(level);
    const reportedAt = reported.get(level) ?? null;
    if (!isRequired && !reportedAt) break;
    const deadline = new Date(
      clock + (level === 'county' ? ReportingRules.firstStepMinutes : ReportingRules.perLevelMinutes) * MIN,
    );
    let status: StepStatus;
    let minutesLate = 0;
    if (reportedAt) {
      status = reportedAt.getTime() <= deadline.getTime() ? 'on_time' : 'late';
      if (status === 'late') minutesLate = Math.ceil((reportedAt.getTime() - deadline.getTime()) / MIN);
    } else if (input.now.getTime() > deadline.getTime()) {
      status = 'overdue';
      minutesLate = Math.ceil((input.now.getTime() - deadline.getTime()) / MIN);
    } else {
      status = 'pending';
    }
    steps.push({
      level,
      levelName: reportLevelNames[level],
      required: isRequired,
      deadline,
      reportedAt,
      status,
      minutesLate,
    });
    clock = (reportedAt ?? deadline).getTime();
  }
  return steps;
}

/** Days after the accident within which casualty changes are reported as supplements (第十三条). */
export function supplementWindowDays(category: AccidentCategory): number {
  return category === 'road_traffic' || category === 'fire'
    ? ReportingRules.supplementDaysRoadFire
    : ReportingRules.supplementDays;
}

/** The last moment a supplementary report may change the casualty counts. */
export function supplementDeadline(category: AccidentCategory, occurredAt: Date): Date {
  return new Date(occurredAt.getTime() + supplementWindowDays(category) * 24 * 60 * MIN);
}

/** Statistics year of an accident: the calendar year of its time in China Standard Time (UTC+8). */
export function statYearOf(occurredAt: Date): number {
  return new Date(occurredAt.getTime() + 8 * 60 * MIN).getUTCFullYear();
}

/** A 整改措施 past its deadline and not yet verified is overdue (查处督办 follow-up). */
export function measureOverdue(m: { deadline: string; status: string }, today: string): boolean {
  return m.status !== 'verified' && m.deadline < today;
}
