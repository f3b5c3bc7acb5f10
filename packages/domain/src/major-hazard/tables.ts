import { z } from 'zod';
import { compare, decimalPattern, ratio } from './ratio.ts';

/**
 * The reference tables of GB 18218-2018 as plain data the caller passes in. The server keeps them in the
 * database (editable by an administrator, each edit audited, each result stored with `version`); it seeds
 * them from reference/standards/gb18218-2018.json through `parseGb18218Json`. Quantities and coefficients
 * are decimal strings (what PostgreSQL `numeric` returns) so they reach the arithmetic exactly.
 */
export type DecimalText = string;

/** 表1 危险化学品名称及其临界量 — one row. */
export interface NamedChemical {
  seq: number;
  /** 危险化学品名称和说明, as printed (it may carry a concentration qualifier: 甲醛（含量＞90%)). */
  name: string;
  /** 别名, split at ；/、 */
  aliases: string[];
  /** Several rows share a CAS number (硝化纤维素 37–42, 硝酸铵 43–44); three rows have none. */
  cas: string[];
  /** 临界量 Q, t */
  criticalQuantity: DecimalText;
}

/** 表2 未在表1中列举的危险化学品类别及其临界量 — one row. */
export interface HazardCategory {
  /** J1 … J5, W1.1 … W11 */
  symbol: string;
  /** 急性毒性, 易燃液体 … */
  category: string;
  description: string;
  criticalQuantity: DecimalText;
  /** W3 气溶胶: 净重 */
  note?: string;
}

/** 表3 毒性气体校正系数 β. */
export interface ToxicGasBeta {
  name: string;
  beta: DecimalText;
}

/** 表4 未在表3中列举的危险化学品校正系数 β, by the category symbol of 表2. */
export interface CategoryBeta {
  symbol: string;
  beta: DecimalText;
}

/** 表5 暴露人员校正系数 α: people within 500 m of the plant boundary, min..max inclusive (max null: no bound). */
export interface ExposureAlpha {
  people: string;
  min: number;
  max: number | null;
  alpha: DecimalText;
}

export const majorHazardLevels = ['一级', '二级', '三级', '四级'] as const;
export type MajorHazardLevel = (typeof majorHazardLevels)[number];

/** 表6: the level holds for min ≤ R < below (null: no bound on that side). */
export interface LevelBand {
  level: MajorHazardLevel;
  /** As printed: "100>R≥50". */
  rule: string;
  min: DecimalText | null;
  below: DecimalText | null;
}

export interface MajorHazardTables {
  /** Stored with every result: the standard ("GB 18218-2018") … */
  version: string;
  /** … and the revision of the editable tables: 0 as shipped, +1 with every administrator's edit. */
  revision: number;
  namedChemicals: NamedChemical[];
  hazardCategories: HazardCategory[];
  toxicGasBetas: ToxicGasBeta[];
  categoryBetas: CategoryBeta[];
  alphas: ExposureAlpha[];
  levels: LevelBand[];
}

/** CAS Registry Number with its check digit (the last digit is Σ i·dᵢ mod 10 over the others, from the right). */
export function isValidCas(cas: string): boolean {
  const m = /^(\d{2,7})-(\d{2})-(\d)$/.exec(cas);
  if (!m) return false;
  const digits = (m[1]! + m[2]!).split('').reverse();
  const total = digits.reduce((s, d, i) => s + Number(d) * (i + 1), 0);
  return total % 10 === Number(m[3]);
}

/**
 * The key names are compared by: NFKC folds the full-width forms the standard mixes with ASCII
 * (（ vs (, ＞ vs >, ₂ vs 2) and spaces are dropped, so a name typed either way finds its row.
 */
export const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

const decimalText = z.string().regex(decimalPattern, '应为非负十进制数');
const positiveDecimal = decimalText.refine((v) => !decimalPattern.test(v) || ratio(v).n > 0n, '应大于 0');

/** One row of each table; an administrator's edit of a row must pass its table's schema. */
export const namedChemicalSchema = z
  .object({
    seq: z.number().int().positive(),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    cas: z.array(z.string().refine(isValidCas, 'CAS 号格式或校验位错误')),
    criticalQuantity: positiveDecimal,
  })
  .strict();
export const hazardCategorySchema = z
  .object({
    symbol: z.string().regex(/^[JW]\d+(\.\d+)?$/, '符号应为 J1…J5、W1.1…W11'),
    category: z.string().min(1),
    description: z.string(),
    criticalQuantity: positiveDecimal,
    note: z.string().optional(),
  })
  .strict();
export const toxicGasBetaSchema = z.object({ name: z.string().min(1), beta: positiveDecimal }).strict();
export const categoryBetaSchema = z.object({ symbol: z.string().min(1), beta: positiveDecimal }).strict();
export const exposureAlphaSchema = z
  .object({
    people: z.string(),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().nullable(),
    alpha: positiveDecimal,
  })
  .strict();
export const levelBandSchema = z
  .object({
    level: z.enum(majorHazardLevels),
    rule: z.string(),
    min: decimalText.nullable(),
    below: decimalText.nullable(),
  })
  .strict();

/** The tables' shape and the cross-checks an administrator's edit must also pass. */
export const majorHazardTablesSchema = z
  .object({
    version: z.string().min(1),
    revision: z.number().int().nonnegative(),
    namedChemicals: z.array(namedChemicalSchema).min(1),
    hazardCategories: z.array(hazardCategorySchema).min(1),
    toxicGasBetas: z.array(toxicGasBetaSchema),
    categoryBetas: z.array(categoryBetaSchema),
    alphas: z.array(exposureAlphaSchema).min(1),
    levels: z.array(levelBandSchema),
  })
  .strict()
  .superRefine((t, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const dup = <T>(items: T[], key: (x: T) => string, path: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((x, i) => {
        const k = key(x);
        if (seen.has(k)) issue([path, i], `${what}重复：${k}`);
        seen.add(k);
      });
    };
    dup(t.namedChemicals, (c) => String(c.seq), 'namedChemicals', '表1序号');
    dup(t.namedChemicals, (c) => nameKey(c.name), 'namedChemicals', '表1名称');
    dup(t.hazardCategories, (c) => c.symbol, 'hazardCategories', '表2符号');
    dup(t.toxicGasBetas, (c) => nameKey(c.name), 'toxicGasBetas', '表3名称');
    dup(t.categoryBetas, (c) => c.symbol, 'categoryBetas', '表4符号');

    // 表4 gives a β for exactly the categories of 表2, so every category resolves to both Q and β.
    const symbols2 = new Set(t.hazardCategories.map((c) => c.symbol));
    const symbols4 = new Set(t.categoryBetas.map((c) => c.symbol));
    for (const s of symbols2) if (!symbols4.has(s)) issue(['categoryBetas'], `表4缺少符号 ${s} 的 β`);
    for (const s of symbols4) if (!symbols2.has(s)) issue(['categoryBetas'], `表4的符号 ${s} 不在表2中`);

    // 表5 must give exactly one α for every head count from 0 up.
    const alphas = [...t.alphas].sort((a, b) => a.min - b.min);
    let next = 0;
    for (const [i, a] of alphas.entries()) {
      if (a.min !== next) issue(['alphas'], `表5人数区间不连续：应从 ${next} 人起，实为 ${a.min} 人`);
      if (a.max === null) {
        if (i !== alphas.length - 1) issue(['alphas'], '表5只有最高一档可以没有上限');
        next = Number.POSITIVE_INFINITY;
      } else {
        if (a.max < a.min) issue(['alphas'], `表5区间 ${a.min}~${a.max} 上下限颠倒`);
        next = a.max + 1;
      }
    }
    if (next !== Number.POSITIVE_INFINITY) issue(['alphas'], '表5最高一档应没有上限');

    // 表6: the four levels in order, each band ending where the one above begins.
    if (t.levels.map((l) => l.level).join() !== majorHazardLevels.join()) {
      issue(['levels'], '表6应依次为一级、二级、三级、四级');
      return;
    }
    const same = (a: string | null, b: string | null) =>
      a === null || b === null ? a === b : compare(ratio(a), ratio(b)) === 0;
    t.levels.forEach((l, i) => {
      const last = i === t.levels.length - 1;
      if ((l.min === null) !== last) issue(['levels', i], '表6只有最低一级没有下界');
      if (!same(l.below, t.levels[i - 1]?.min ?? null))
        issue(['levels', i], `表6 ${l.level}的上界应等于上一级的下界`);
    });
  });

/** The shape of reference/standards/gb18218-2018.json (only what the computation reads is checked closely). */
const gb18218Json = z.object({
  standard: z.string().regex(/^GB \d+-\d{4}/),
  rules: z.record(z.string(), z.string()),
  table1: z.array(
    z.object({
      seq: z.number(),
      name: z.string(),
      alias: z.string(),
      cas: z.array(z.string()),
      critical_t: z.number(),
    }),
  ),
  table2: z.array(
    z.object({
      category: z.string(),
      symbol: z.string(),
      description: z.string(),
      critical_t: z.number(),
      note: z.string().optional(),
    }),
  ),
  table3_beta_toxic_gas: z.array(z.object({ name: z.string(), beta: z.number() })),
  table4_beta_by_symbol: z.array(z.object({ symbol: z.string(), beta: z.number() })),
  table5_alpha: z.array(
    z.object({ people: z.string(), min: z.number(), max: z.number().nullable(), alpha: z.number() }),
  ),
  table6_levels: z.array(z.object({ level: z.string(), rule: z.string() })),
  gotchas: z.array(z.string()).optional(),
});

/** "R≥100", "100>R≥50", "R<10" → the band's bounds. */
const levelRule = /^(?:(\d+(?:\.\d+)?)>)?R(?:≥(\d+(?:\.\d+)?)|<(\d+(?:\.\d+)?))?$/;

/**
 * Turns gb18218-2018.json into `MajorHazardTables` and validates them (a bad file fails loudly, naming
 * the row). Aliases are split at ；/; and 、 only: commas belong to names (1,2-环氧丙烷).
 */
export function parseGb18218Json(json: unknown): MajorHazardTables {
  const src = gb18218Json.parse(json);
  const version = /^GB \d+-\d{4}/.exec(src.standard)![0];
  const tables = {
    version,
    revision: 0,
    namedChemicals: src.table1.map((r) => ({
      seq: r.seq,
      name: r.name,
      aliases: r.alias
        .split(/[；;、]/)
        .map((a) => a.trim())
        .filter(Boolean),
      cas: r.cas,
      criticalQuantity: String(r.critical_t),
    })),
    hazardCategories: src.table2.map((r) => ({
      symbol: r.symbol,
      category: r.category,
      description: r.description,
      criticalQuantity: String(r.critical_t),
      ...(r.note === undefined ? {} : { note: r.note }),
    })),
    toxicGasBetas: src.table3_beta_toxic_gas.map((r) => ({ name: r.name, beta: String(r.beta) })),
    categoryBetas: src.table4_beta_by_symbol.map((r) => ({ symbol: r.symbol, beta: String(r.beta) })),
    alphas: src.table5_alpha.map((r) => ({
      people: r.people,
      min: r.min,
      max: r.max,
      alpha: String(r.alpha),
    })),
    levels: src.table6_levels.map((r) => {
      const m = levelRule.exec(r.rule.replace(/\s+/g, ''));
      if (!m) throw new Error(`表6 ${r.level} 的规则无法识别：${r.rule}`);
      return {
        level: r.level as MajorHazardLevel,
        rule: r.rule,
        min: m[2] ?? null,
        below: m[1] ?? m[3] ?? null,
      };
    }),
  };
  return majorHazardTablesSchema.parse(tables);
}
