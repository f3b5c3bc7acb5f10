import { type IsoDate, addCalendarDays, daysBetween } from '../calendar/dates.ts';
import { type EnforcementRuleValue, asSurcharge, enforcementRuleKeys } from '../rules/enforcement-rules.ts';
import { type LegalRule, type RuleRef, ruleAt, ruleRef } from '../rules/rules.ts';
import type { PenaltyLaw } from './penalties.ts';

/** A span of days, both ends included, such as an administrative review or a lawsuit. */
export interface DateSpan {
  from: IsoDate;
  to: IsoDate;
}

export interface LateSurcharge {
  /** Days counted: after the last day to pay, up to `until`, less the suspended days. */
  days: number;
  /** Fen (分), rounded to the fen. */
  surchargeFen: number;
  /** The cap (the fine itself) was reached. */
  capped: boolean;
  basis: RuleRef;
}

/**
 * 加处罚款 (行政处罚法 第七十二条第一款第(一)项): 3 % of the fine for each day after the last day to pay, never
 * more than the fine; the days of an administrative review or lawsuit are not counted (第七十三条第三款).
 * Money is in fen so no float rounding enters a sum.
 */
export function lateSurcharge(
  rules: readonly LegalRule<EnforcementRuleValue>[],
  input: { fineFen: number; lastDayToPay: IsoDate; until: IsoDate; suspended?: readonly DateSpan[] },
): LateSurcharge {
  if (!Number.isInteger(input.fineFen) || input.fineFen <= 0)
    throw new RangeError('罚款金额应为正整数（分）');
  const firstLateDay = addCalendarDays(input.lastDayToPay, 1);
  const rule = ruleAt(rules, enforcementRuleKeys.lateSurcharge, firstLateDay);
  const { percentPerDay, capMultipleOfFine } = asSurcharge(rule);
  let days = 0;
  for (let d = firstLateDay; d <= input.until; d = addCalendarDays(d, 1)) {
    if (!(input.suspended ?? []).some((s) => s.from <= d && d <= s.to)) days++;
  }
  const raw = Math.round((input.fineFen * percentPerDay * days) / 100);
  const cap = Math.round(input.fineFen * capMultipleOfFine);
  return { days, surchargeFen: Math.min(raw, cap), capped: raw >= cap, basis: ruleRef(rule) };
}

export interface ContinuousPenalty {
  /** The day after the order to correct. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Yuan: the original fine once for each day. */
  amount: number;
  citation: string;
  lawVersion: string;
}

/**
 * 按日连续处罚 (安全生产法 第一百一十二条): a unit fined and ordered to correct that refuses may be fined the
 * original amount again for each day from the day after the order (“自作出责令改正之日的次日起”) up to `until`,
 * the last day found uncorrected.
 */
export function continuousPenalty(
  law: PenaltyLaw,
  input: { originalFine: number; orderedOn: IsoDate; until: IsoDate },
): ContinuousPenalty {
  const article = law.articles.find((a) => a.dailyContinuous);
  if (!article) throw new Error('罚款表缺少按日连续处罚条款');
  if (!(input.originalFine > 0)) throw new RangeError('原处罚数额应为正数');
  const days = Math.max(0, daysBetween(input.orderedOn, input.until));
  return {
    from: addCalendarDays(input.orderedOn, 1),
    to: input.until,
    days,
    amount: days * input.originalFine,
    citation: `${law.citation} ${article.article}`,
    lawVersion: law.version,
  };
}
