import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../calendar/dates.ts';
import { AppError } from '../shared/errors.ts';

/**
 * Figures set by law (periods, fine ranges, rates, the procedure rules in force) as versioned reference data
 * (PRODUCT.md §4 "Law is data"). Each version says from when it is in force, which text sets it, and whether
 * that text was checked; a computation returns the version it used so a later change never silently
 * rewrites an old result. The server keeps these rows editable (who changed what is its audit log).
 */
export interface LegalRule<V = unknown> {
  /** The stored row's id once the rule lives in the database: what a computation keeps as its version. */
  id?: string;
  /** Stable name of the figure, e.g. `case.decision`. */
  key: string;
  value: V;
  /** First day in force. */
  effectiveFrom: IsoDate;
  /** First day no longer in force (the successor's effectiveFrom); absent while in force. */
  effectiveTo?: IsoDate;
  /** Law, edition and article: 《中华人民共和国行政处罚法》(2021修订) 第六十条. */
  citation: string;
  /** True only when the figure and its dates were checked against the text itself. */
  verified: boolean;
  /** What is uncertain, or how the figure is read. */
  note?: string;
}

/** The version a computation used, stored beside its result. */
export interface RuleRef {
  key: string;
  version: string;
  effectiveFrom: IsoDate;
  citation: string;
  verified: boolean;
}

const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD');

/** The zod schema of one rule whose value has the given schema. */
export const legalRuleSchema = <V extends z.ZodType>(value: V) =>
  z
    .object({
      key: z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/, '规则键应为 a.b.c 形式'),
      value,
      effectiveFrom: isoDate,
      effectiveTo: isoDate.optional(),
      citation: z.string().trim().min(1).max(300),
      verified: z.boolean(),
      note: z.string().trim().max(2000).optional(),
    })
    .strict()
    .refine((r) => r.effectiveTo === undefined || r.effectiveTo > r.effectiveFrom, {
      message: '失效日期应晚于生效日期',
      path: ['effectiveTo'],
    });

/** `case.decision@2021-07-15`: a version is named by its key and its first day in force. */
export const ruleVersionId = (r: Pick<LegalRule, 'key' | 'effectiveFrom'>): string =>
  `${r.key}@${r.effectiveFrom}`;

/** The reference a computation stores for the version it used. */
export const ruleRef = (r: LegalRule): RuleRef => ({
  key: r.key,
  version: r.id ?? ruleVersionId(r),
  effectiveFrom: r.effectiveFrom,
  citation: r.citation,
  verified: r.verified,
});

/** In force on `date`: from effectiveFrom (included) to effectiveTo (excluded). */
export const inForce = (r: LegalRule, date: IsoDate): boolean =>
  r.effectiveFrom <= date && (r.effectiveTo === undefined || date < r.effectiveTo);

/**
 * The version of `key` in force on `date`. Overlapping versions (an older one never closed) resolve to the
 * later effectiveFrom — the newer text replaces the older (后法优于先法). Two versions in force from the same
 * day are ambiguous, and a date no version covers (before the first, or in a gap) has no rule: both throw.
 */
export function ruleAt<V>(rules: readonly LegalRule<V>[], key: string, date: IsoDate): LegalRule<V> {
  const candidates = rules.filter((r) => r.key === key && inForce(r, date));
  if (candidates.length === 0) throw new AppError('RULE_NOT_IN_FORCE', undefined, { key, date });
  const latest = candidates.reduce((a, b) => (b.effectiveFrom > a.effectiveFrom ? b : a));
  const tied = candidates.filter((r) => r.effectiveFrom === latest.effectiveFrom);
  if (tied.length > 1) {
    throw new AppError('RULE_AMBIGUOUS', undefined, { key, date, versions: tied.map(ruleVersionId) });
  }
  return latest;
}

export type RuleSetProblem =
  | { kind: 'tie'; key: string; effectiveFrom: IsoDate }
  | { kind: 'gap'; key: string; from: IsoDate; to: IsoDate }
  | { kind: 'overlap'; key: string; older: string; newer: string; from: IsoDate };

/**
 * Ties, gaps and overlaps between the versions of each key, for the administrator's editor: a tie makes
 * `ruleAt` fail on those days, a gap leaves days without a rule, an overlap is resolved to the newer version
 * but usually means the older one's effectiveTo was forgotten.
 */
export function ruleSetProblems(rules: readonly LegalRule[]): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const keys = [...new Set(rules.map((r) => r.key))].sort();
  for (const key of keys) {
    const versions = rules
      .filter((r) => r.key === key)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    for (let i = 1; i < versions.length; i++) {
      const prev = versions[i - 1]!;
      const next = versions[i]!;
      if (prev.effectiveFrom === next.effectiveFrom) {
        problems.push({ kind: 'tie', key, effectiveFrom: next.effectiveFrom });
      } else if (prev.effectiveTo === undefined || prev.effectiveTo > next.effectiveFrom) {
        problems.push({
          kind: 'overlap',
          key,
          older: ruleVersionId(prev),
          newer: ruleVersionId(next),
          from: next.effectiveFrom,
        });
      } else if (prev.effectiveTo < next.effectiveFrom) {
        problems.push({ kind: 'gap', key, from: prev.effectiveTo, to: next.effectiveFrom });
      }
    }
  }
  return problems;
}
