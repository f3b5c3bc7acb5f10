import {
  type EnforcementRuleValue,
  type LegalRule,
  type PenaltyLaw,
  parseEnforcementRules,
  parsePenaltyLaw,
} from '@anjian/domain';
import rulesJson from '../../../../../reference/law/enforcement-rules.json' with { type: 'json' };
import lawJson from '../../../../../reference/law/work-safety-law-2021.json' with { type: 'json' };

let rules: LegalRule<EnforcementRuleValue>[] | undefined;
let law: PenaltyLaw | undefined;

/**
 * The statutory periods and rates of a case (reference/law/enforcement-rules.json), parsed once. Each clock
 * and surcharge returns the version it used. TODO(rules table): when the platform keeps rules editable in
 * the database, read them from there instead.
 */
export function enforcementRules(): LegalRule<EnforcementRuleValue>[] {
  rules ??= parseEnforcementRules(rulesJson);
  return rules;
}

/** 《安全生产法》(2021修正) 第六章's fines (reference/law/work-safety-law-2021.json), parsed once. */
export function penaltyLaw(): PenaltyLaw {
  law ??= parsePenaltyLaw(lawJson);
  return law;
}
