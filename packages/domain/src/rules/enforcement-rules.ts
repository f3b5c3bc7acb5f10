import { z } from 'zod';
import { periodUnits } from '../calendar/periods.ts';
import { type IsoDate } from '../calendar/dates.ts';
import { type LegalRule, type RuleRef, legalRuleSchema, ruleAt, ruleRef, ruleSetProblems } from './rules.ts';

/**
 * The statutory figures of a penalty case (行政处罚案件), shipped in reference/law/enforcement-rules.json and
 * seeded into the server's editable rule table through `parseEnforcementRules`.
 */
export const enforcementRuleKeys = {
  /** 行政处罚法 第六十条: decide within 90 days of 立案. */
  decision: 'case.decision',
  /** 行政处罚法 第六十四条(一): the party asks for a hearing within 5 (working) days of the notice. */
  hearingRequest: 'case.hearingRequest',
  /** 行政处罚法 第六十一条: a decision not handed over on the spot is served within 7 (working) days. */
  serviceWhenAbsent: 'case.serviceWhenAbsent',
  /** 民事诉讼法 (applied by 行政处罚法 第六十一条): 公告送达 is deemed served after this period. */
  publicNotice: 'service.publicNotice',
  /** 行政处罚法 第六十七条: pay within 15 days of receiving the decision. */
  payment: 'case.payment',
  /** 行政处罚法 第七十二条(一): 3 % of the fine per day late, capped at the fine. */
  lateSurcharge: 'case.lateSurcharge',
  /** 行政处罚法 第四十八条: withdraw a published decision within 3 (working) days of its change. */
  publicationWithdrawal: 'publication.withdrawal',
  /** The ministry's procedure rules for work-safety penalties in force. */
  procedure: 'procedure.regulation',
} as const;
export type EnforcementRuleKey = (typeof enforcementRuleKeys)[keyof typeof enforcementRuleKeys];

export const periodValue = z
  .object({
    kind: z.literal('period'),
    count: z.number().int().min(1),
    unit: z.enum(periodUnits),
    /** The case event the period runs from (its day not counted). */
    startsAt: z.string().min(1),
    /** The article allows an extension (the length comes from an approval, recorded as an event). */
    extendable: z.boolean().optional(),
    /** false when 民法典 第二百零三条 must not move the last day (none shipped). */
    rollForward: z.boolean().optional(),
  })
  .strict();

export const surchargeValue = z
  .object({
    kind: z.literal('surcharge'),
    /** Per day of delay, in percent of the fine. */
    percentPerDay: z.number().positive(),
    /** The surcharge never exceeds this multiple of the fine. */
    capMultipleOfFine: z.number().positive(),
  })
  .strict();

export const regulationValue = z
  .object({
    kind: z.literal('regulation'),
    title: z.string().min(1),
    /** 应急管理部令第18号 */
    number: z.string().min(1),
    publishedOn: z.string().optional(),
  })
  .strict();

export const enforcementRuleValue = z.discriminatedUnion('kind', [
  periodValue,
  surchargeValue,
  regulationValue,
]);
export type EnforcementRuleValue = z.infer<typeof enforcementRuleValue>;
export type PeriodRuleValue = z.infer<typeof periodValue>;
export type SurchargeRuleValue = z.infer<typeof surchargeValue>;

const fileSchema = z.object({ rules: z.array(legalRuleSchema(enforcementRuleValue)) }).loose();

/** Checks reference/law/enforcement-rules.json: known keys, values of the right kind, no tie, gap or overlap. */
export function parseEnforcementRules(json: unknown): LegalRule<EnforcementRuleValue>[] {
  const rules = fileSchema.parse(json).rules as LegalRule<EnforcementRuleValue>[];
  const known = new Set<string>(Object.values(enforcementRuleKeys));
  const unknown = rules.filter((r) => !known.has(r.key)).map((r) => r.key);
  if (unknown.length) throw new Error(`未知的规则键：${unknown.join('、')}`);
  const problems = ruleSetProblems(rules);
  if (problems.length) throw new Error(`规则版本有冲突：${JSON.stringify(problems)}`);
  return rules;
}

/** The value of a period rule, or an error naming the rule when an edit gave it another kind. */
export function asPeriod(rule: LegalRule<EnforcementRuleValue>): PeriodRuleValue {
  if (rule.value.kind !== 'period') throw new Error(`规则 ${rule.key} 不是期间规则`);
  return rule.value;
}

/** The value of the 加处罚款 rule (行政处罚法 第七十二条), or an error naming a rule edited into another kind. */
export function asSurcharge(rule: LegalRule<EnforcementRuleValue>): SurchargeRuleValue {
  if (rule.value.kind !== 'surcharge') throw new Error(`规则 ${rule.key} 不是加处罚款规则`);
  return rule.value;
}

/**
 * The procedure rules a step follows: those in force on the step's day (程序从新 — a case filed under
 * 总局令第15号 continues under 应急管理部令第18号 from 2026-02-01), with the version to store beside the step.
 */
export function procedureRegulationAt(
  rules: readonly LegalRule<EnforcementRuleValue>[],
  stepDate: IsoDate,
): { title: string; number: string; basis: RuleRef } {
  const rule = ruleAt(rules, enforcementRuleKeys.procedure, stepDate);
  if (rule.value.kind !== 'regulation') throw new Error(`规则 ${rule.key} 不是规章版本`);
  return { title: rule.value.title, number: rule.value.number, basis: ruleRef(rule) };
}
