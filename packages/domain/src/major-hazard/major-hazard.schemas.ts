import { z } from 'zod';
import { isValidCas, majorHazardLevels } from './tables.ts';

export const MajorHazardLimits = {
  /** Chemicals in one unit: a tank farm or a plant rarely lists more than a few dozen. */
  maxChemicals: 200,
  /** People within 500 m: above 100 α no longer changes; the cap only rejects nonsense. */
  maxExposedPeople: 10_000_000,
  /** t; far above any unit (the largest crude tank farms hold a few million t). */
  maxQuantity: 1e9,
  maxNameLength: 100,
} as const;

/**
 * A quantity or coefficient as a JSON number or a plain decimal string. Strings let a client send exactly
 * what was typed; numbers are read as their shortest decimal (0.3 is 3/10), so both are exact. Strings
 * take no exponent, so no request can make the exact arithmetic build a number of a million digits.
 */
const decimal = (what: string, positive: boolean) =>
  z.union([
    z
      .number()
      .finite()
      .min(0, `${what}不能为负`)
      .max(MajorHazardLimits.maxQuantity)
      .refine((v) => !positive || v > 0, `${what}应大于 0`),
    z
      .string()
      .trim()
      .regex(/^\d{1,12}(?:\.\d{1,12})?$/, `${what}应为非负十进制数（最多 12 位小数）`)
      .refine((v) => !positive || /[1-9]/.test(v), `${what}应大于 0`)
      .refine((v) => Number(v) <= MajorHazardLimits.maxQuantity, `${what}过大`),
  ]);

export const chemicalMixtures = ['same-category', 'new-category'] as const;
export type ChemicalMixture = (typeof chemicalMixtures)[number];

/**
 * One dangerous chemical of a unit. Which fields apply (GB 18218-2018 4.1.2, 4.2.3, 4.3.2):
 * - `name` or `cas` of a 表1 chemical: Q from 表1; β from 表3 when it is a named toxic gas, otherwise
 *   from 表4 through `symbol` (or an explicit `beta`);
 * - `symbol` (one or several 表2 categories) for a chemical not in 表1: the lowest Q of its categories;
 *   a `name` beside it that is not in 表1 is kept as the chemical's name;
 * - `Q` and `beta` given outright, for a case the tables do not settle; never to override them;
 * - `mixture`: 'same-category' counts a mixture as its pure substance, with q the whole mixture;
 *   'new-category' takes Q and β from the mixture's own categories (`symbol`), never from 表1/表3.
 */
export const majorHazardChemical = z
  .object({
    name: z.string().trim().min(1).max(MajorHazardLimits.maxNameLength).optional(),
    cas: z.string().trim().refine(isValidCas, 'CAS 号格式或校验位错误').optional(),
    symbol: z
      .union([z.string().trim().min(1).max(10), z.array(z.string().trim().min(1).max(10)).min(1).max(10)])
      .optional(),
    /** 实际存在量, t (4.2.2: the design maximum of the tank, vessel or store). */
    q: decimal('实际存在量 q', false),
    /** 临界量, t */
    Q: decimal('临界量 Q', true).optional(),
    beta: decimal('校正系数 β', true).optional(),
    mixture: z.enum(chemicalMixtures).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.name === undefined && c.cas === undefined && c.symbol === undefined && c.Q === undefined)
      issue('name', '请填写名称、CAS 号、危险性类别或临界量之一');
    if (c.name !== undefined && c.cas !== undefined) issue('cas', '名称与 CAS 号只填一个');
    if (c.Q !== undefined && c.beta === undefined) issue('beta', '自定义临界量时须同时填写校正系数 β');
    if (c.Q !== undefined && c.symbol !== undefined) issue('Q', '已按危险性类别确定临界量，不能再自定义');
    if (c.mixture === 'same-category' && c.name === undefined && c.cas === undefined)
      issue('name', '与纯物质危险类别相同的混合物须填写纯物质的名称或 CAS 号');
    if (c.mixture === 'new-category') {
      if (c.symbol === undefined) issue('symbol', '危险类别不同的混合物须填写其危险性类别');
      if (c.cas !== undefined) issue('cas', '危险类别不同的混合物不按纯物质的 CAS 号确定临界量');
    }
  });
export type MajorHazardChemicalInput = z.infer<typeof majorHazardChemical>;

/** `POST /api/calc/major-hazard`: one unit's chemicals and the people within 500 m of the plant boundary. */
export const majorHazardCalcBody = z
  .object({
    exposedPeople: z.number().int().min(0).max(MajorHazardLimits.maxExposedPeople),
    chemicals: z.array(majorHazardChemical).max(MajorHazardLimits.maxChemicals),
  })
  .strict();
export type MajorHazardCalcInput = z.infer<typeof majorHazardCalcBody>;

export const majorHazardTerm = z.object({
  /** The 表1 name (also when found by alias or CAS), the name given, or the category for symbol-only input. */
  name: z.string(),
  q: z.number(),
  Q: z.number(),
  beta: z.number(),
  /** q/Q, cut to 4 decimals for display. */
  ratio: z.number(),
  /** Where Q came from. */
  source: z.enum(['table1', 'table2', 'explicit']),
  /** Where β came from. */
  betaSource: z.enum(['table3', 'table4', 'explicit']),
  table1Seq: z.number().int().nullable(),
  symbols: z.array(z.string()),
  mixture: z.enum(chemicalMixtures).nullable(),
});
export type MajorHazardTerm = z.infer<typeof majorHazardTerm>;

export const majorHazardCalcResult = z.object({
  /** S = Σ qᵢ/Qᵢ (4.2.1), cut to 4 decimals for display; `isMajor` is decided on the exact value. */
  S: z.number(),
  isMajor: z.boolean(),
  alpha: z.number(),
  /** R = α·Σ βᵢ·qᵢ/Qᵢ (4.3.2), cut to 4 decimals for display; `level` is decided on the exact value. */
  R: z.number(),
  /** 表6 level; null when the unit is not a major hazard source (only those are graded). */
  level: z.enum(majorHazardLevels).nullable(),
  /** S and R as exact reduced fractions ("7/2"), for the record. */
  exact: z.object({ S: z.string(), R: z.string() }),
  tablesVersion: z.string(),
  /** The revision of the editable tables the result used (0: as shipped; each administrator's edit +1). */
  tablesRevision: z.number().int().nonnegative(),
  terms: z.array(majorHazardTerm),
});
export type MajorHazardCalcResult = z.infer<typeof majorHazardCalcResult>;
