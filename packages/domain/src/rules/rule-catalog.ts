import { z } from 'zod';
import { legalRuleSchema } from './rules.ts';
import { enforcementRuleKeys, enforcementRuleValue } from './enforcement-rules.ts';
import { text } from '../shared/schemas.ts';

/**
 * Which rule keys exist and what their values look like: an administrator adds versions of these keys only,
 * each value checked by its key's schema. A module whose computations need a new figure adds its keys here.
 */
const catalog: Record<string, z.ZodType> = Object.fromEntries(
  Object.values(enforcementRuleKeys).map((k) => [k, enforcementRuleValue]),
);

export const ruleKeys = (): string[] => Object.keys(catalog).sort();
export const ruleValueSchemaOf = (key: string): z.ZodType | undefined => catalog[key];

/** `POST /api/rules`: a new version of a rule (or, with the same day, a correction that supersedes it). */
export const ruleVersionInput = legalRuleSchema(z.unknown())
  .safeExtend({ reason: text(500).optional() })
  .superRefine((r, c) => {
    const schema = ruleValueSchemaOf(r.key);
    if (!schema) {
      c.addIssue({ code: 'custom', path: ['key'], message: `未知的规则键：${r.key}` });
      return;
    }
    const parsed = schema.safeParse(r.value);
    if (!parsed.success)
      for (const i of parsed.error.issues)
        c.addIssue({ code: 'custom', path: ['value', ...i.path.map(String)], message: i.message });
  });
export type RuleVersionInput = z.infer<typeof ruleVersionInput>;

export const ruleListQuery = z.object({ key: z.string().max(100).optional() }).strict();

/** One version as the administrator's list shows it. */
export const ruleVersionDto = z.object({
  id: z.string(),
  key: z.string(),
  value: z.unknown(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  citation: z.string(),
  verified: z.boolean(),
  note: z.string().nullable(),
  source: z.enum(['shipped', 'admin']),
  changedBy: z.string().nullable(),
  createdAt: z.string(),
  /** A corrected version: the row that replaced it (computations that used it still name it). */
  supersededBy: z.string().nullable(),
});
export type RuleVersionDto = z.infer<typeof ruleVersionDto>;

export const ruleListDto = z.object({
  items: z.array(ruleVersionDto),
  /** Ties, gaps and overlaps among the current versions (should be none). */
  problems: z.array(z.unknown()),
});
export type RuleListDto = z.infer<typeof ruleListDto>;
