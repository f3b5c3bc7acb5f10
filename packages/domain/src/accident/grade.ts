/**
 * Accident grade per 《生产安全事故报告和调查处理条例》(国务院令第493号) 第三条: the highest grade reached by
 * any one of deaths, serious injuries (重伤, incl. 急性工业中毒) and direct economic loss ("或者": each
 * criterion alone suffices). "以上" includes the bound, "以下" excludes it, so every threshold below is a
 * lower bound met with ≥. Direct loss is in 万元 (1 亿元 = 10 000 万元).
 */
export const accidentGrades = ['特别重大', '重大', '较大', '一般'] as const;
export type AccidentGrade = (typeof accidentGrades)[number];

/** Stored with every computed grade so a later change of the rule never silently regrades old records. */
export const ACCIDENT_GRADE_RULE_VERSION = '国务院令第493号-2007-第三条';

export type GradeCriterion = 'deaths' | 'seriousInjuries' | 'directLoss';

/** Lower bounds (inclusive) per grade and criterion, highest grade first; 一般 is everything below 较大. */
export const gradeThresholds: readonly {
  grade: Exclude<AccidentGrade, '一般'>;
  deaths: number;
  seriousInjuries: number;
  directLoss: number;
}[] = [
  { grade: '特别重大', deaths: 30, seriousInjuries: 100, directLoss: 10_000 },
  { grade: '重大', deaths: 10, seriousInjuries: 50, directLoss: 5_000 },
  { grade: '较大', deaths: 3, seriousInjuries: 10, directLoss: 1_000 },
];

export interface GradeInput {
  deaths: number;
  seriousInjuries: number;
  /** 万元 */
  directLoss: number;
}

export interface GradeResult {
  grade: AccidentGrade;
  /** Human-readable reasons: the criteria that reach the returned grade, or why it is 一般. */
  basis: string[];
  /** The grade each criterion reaches on its own. */
  criteria: { criterion: GradeCriterion; value: number; grade: AccidentGrade }[];
  ruleVersion: string;
}

const criterionText: Record<GradeCriterion, (v: number) => string> = {
  deaths: (v) => `死亡 ${v} 人`,
  seriousInjuries: (v) => `重伤（含急性工业中毒）${v} 人`,
  directLoss: (v) => `直接经济损失 ${v} 万元`,
};

const boundText: Record<AccidentGrade, Record<GradeCriterion, string>> = {
  特别重大: { deaths: '30人以上死亡', seriousInjuries: '100人以上重伤', directLoss: '1亿元以上直接经济损失' },
  重大: {
    deaths: '10人以上30人以下死亡',
    seriousInjuries: '50人以上100人以下重伤',
    directLoss: '5000万元以上1亿元以下直接经济损失',
  },
  较大: {
    deaths: '3人以上10人以下死亡',
    seriousInjuries: '10人以上50人以下重伤',
    directLoss: '1000万元以上5000万元以下直接经济损失',
  },
  一般: { deaths: '3人以下死亡', seriousInjuries: '10人以下重伤', directLoss: '1000万元以下直接经济损失' },
};

/** The grade one criterion reaches on its own. */
export function gradeOfCriterion(criterion: GradeCriterion, value: number): AccidentGrade {
  return gradeThresholds.find((t) => value >= t[criterion])?.grade ?? '一般';
}

const rank = (g: AccidentGrade) => accidentGrades.indexOf(g);

/** 条例 第三条: the highest grade met by any criterion, with the criteria that reach it as the basis. */
export function gradeAccident(input: GradeInput): GradeResult {
  const criteria = (['deaths', 'seriousInjuries', 'directLoss'] as const).map((criterion) => ({
    criterion,
    value: input[criterion],
    grade: gradeOfCriterion(criterion, input[criterion]),
  }));
  const grade = criteria.reduce<AccidentGrade>(
    (best, c) => (rank(c.grade) < rank(best) ? c.grade : best),
    '一般',
  );
  const basis =
    grade === '一般'
      ? [
          '死亡、重伤、直接经济损失均未达到较大事故标准（3人以下死亡，10人以下重伤，1000万元以下直接经济损失）',
        ]
      : criteria
          .filter((c) => c.grade === grade)
          .map(
            (c) => `${criterionText[c.criterion](c.value)}：${boundText[grade][c.criterion]} → ${grade}事故`,
          );
  return { grade, basis, criteria, ruleVersion: ACCIDENT_GRADE_RULE_VERSION };
}

/** True for 较大 and above (较大以上事故), the grades the indicators count separately. */
export const isLargerAccident = (grade: AccidentGrade): boolean => grade !== '一般';
