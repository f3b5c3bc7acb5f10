import { z } from 'zod';
import {
  ACCIDENT_GRADE_RULE_VERSION,
  type AccidentGrade,
  accidentGrades,
  gradeAccident,
} from '../accident/grade.ts';
import { AppError } from '../shared/errors.ts';
import { type PenaltyLaw, findFine } from './penalties.ts';

/**
 * `POST /api/calc/accident-fine`: the fines an accident brings (安全生产法 2021): the responsible unit's range by
 * grade (第一百一十四条第一款) and its aggravated range (第二款), and the 主要负责人's share of last year's income
 * (第九十五条). The grade follows 条例 第三条 from the numbers. 应急管理部令第14号 divides each grade into
 * sub-bands; their figures could not be confirmed, so none are shipped — an administrator may enter them as
 * `AccidentSubBand`s (the shape its 2015 predecessor used: a band reached by any one criterion).
 */
export const AccidentFineLimits = { maxPersons: 100_000, maxLossWanYuan: 10_000_000 } as const;

const persons = z.number().int().min(0).max(AccidentFineLimits.maxPersons);
export const accidentFineRequest = z
  .object({
    /** Optional: when given it must agree with the numbers. */
    grade: z.enum(accidentGrades).optional(),
    deaths: persons,
    seriousInjuries: persons.describe('重伤，含急性工业中毒'),
    directLoss: z.number().min(0).max(AccidentFineLimits.maxLossWanYuan).describe('直接经济损失（万元）'),
  })
  .strict();
export type AccidentFineRequest = z.infer<typeof accidentFineRequest>;

const range = z.object({ min: z.number(), max: z.number(), citation: z.string() });
export const accidentFineResponse = z.object({
  grade: z.enum(accidentGrades),
  gradeBasis: z.array(z.string()),
  gradeRuleVersion: z.string(),
  /** Yuan. */
  unit: range.extend({ aggravated: range }),
  principal: z.object({ incomePercent: z.number(), citation: z.string() }),
  subBand: range.extend({ verified: z.boolean() }).nullable(),
  lawVersion: z.string(),
});
export type AccidentFineResponse = z.infer<typeof accidentFineResponse>;

export interface AccidentSubBand {
  grade: AccidentGrade;
  /** Lower bounds, inclusive; the band is reached when any one is met. */
  deaths?: number;
  seriousInjuries?: number;
  /** 万元 */
  directLoss?: number;
  min: number;
  max: number;
  citation: string;
  verified: boolean;
}

const grades: Record<AccidentGrade, { unit: string; principal: string }> = {
  一般: { unit: '114-1', principal: '95-1' },
  较大: { unit: '114-2', principal: '95-2' },
  重大: { unit: '114-3', principal: '95-3' },
  特别重大: { unit: '114-4', principal: '95-4' },
};

function fineOf(law: PenaltyLaw, id: string) {
  const ref = findFine(law, id);
  if (!ref) throw new Error(`罚款表缺少 ${id}`);
  return ref;
}

/** The sub-band the numbers reach within the grade: the last listed band any one criterion meets. */
function subBandOf(bands: readonly AccidentSubBand[], grade: AccidentGrade, req: AccidentFineRequest) {
  const reached = bands.filter(
    (b) =>
      b.grade === grade &&
      ((b.deaths !== undefined && req.deaths >= b.deaths) ||
        (b.seriousInjuries !== undefined && req.seriousInjuries >= b.seriousInjuries) ||
        (b.directLoss !== undefined && req.directLoss >= b.directLoss)),
  );
  const b = reached.at(-1);
  return b ? { min: b.min, max: b.max, citation: b.citation, verified: b.verified } : null;
}

/** 安全生产法 第一百一十四条 and 第九十五条 for an accident of the grade its numbers reach (条例 第三条). */
export function calcAccidentFine(
  law: PenaltyLaw,
  req: AccidentFineRequest,
  subBands: readonly AccidentSubBand[] = [],
): AccidentFineResponse {
  const graded = gradeAccident(req);
  if (req.grade && req.grade !== graded.grade) {
    throw new AppError('ENFORCEMENT_ACCIDENT_GRADE_MISMATCH', undefined, {
      given: req.grade,
      computed: graded.grade,
    });
  }
  const unit = fineOf(law, grades[graded.grade].unit);
  const principal = fineOf(law, grades[graded.grade].principal);
  const agg = unit.article.aggravation;
  if (!agg) throw new Error('罚款表缺少第一百一十四条第二款');
  return {
    grade: graded.grade,
    gradeBasis: graded.basis,
    gradeRuleVersion: ACCIDENT_GRADE_RULE_VERSION,
    unit: {
      min: unit.fine.min,
      max: unit.fine.max,
      citation: unit.citation,
      // “按照前款罚款数额的二倍以上五倍以下”: twice the lower bound up to five times the upper bound.
      aggravated: {
        min: unit.fine.min * agg.minMultiple,
        max: unit.fine.max * agg.maxMultiple,
        citation: `${law.citation} ${unit.article.article}${agg.clause}`,
      },
    },
    principal: { incomePercent: principal.fine.min, citation: principal.citation },
    subBand: subBandOf(subBands, graded.grade, req),
    lawVersion: law.version,
  };
}
