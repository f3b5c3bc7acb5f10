/**
 * 作业条件危险性评价法 (LEC, Graham–Kinney): D = L × E × C with the standard score tables, the five
 * danger bands and the four-colour grade; and the L × S risk matrix. Tables as in
 * reference/standards/lec-ls.json (a unit test holds code and copy together).
 */
export const lecScores = {
  L: [10, 6, 3, 1, 0.5, 0.2, 0.1],
  E: [10, 6, 3, 2, 1, 0.5],
  C: [100, 40, 15, 7, 3, 1],
} as const;

/**
 * The standard wording of each LEC score (reference/standards/lec-ls.json, source A), shown beside the
 * score in every picker. Source B's casualty terms for C are kept as `detail`.
 */
export const lecWording: Record<'L' | 'E' | 'C', Record<number, { meaning: string; detail?: string }>> = {
  L: {
    10: { meaning: '完全可以预料' },
    6: { meaning: '相当可能' },
    3: { meaning: '可能，但不经常' },
    1: { meaning: '可能性小，完全意外' },
    0.5: { meaning: '很不可能，可以设想' },
    0.2: { meaning: '极不可能' },
    0.1: { meaning: '实际不可能' },
  },
  E: {
    10: { meaning: '连续暴露' },
    6: { meaning: '每天工作时间内暴露' },
    3: { meaning: '每周一次，或偶然暴露' },
    2: { meaning: '每月一次暴露' },
    1: { meaning: '每年几次暴露' },
    0.5: { meaning: '非常罕见地暴露' },
  },
  C: {
    100: { meaning: '大灾难，许多人死亡', detail: '3人及以上死亡 / 财产损失2000万及以上' },
    40: { meaning: '灾难，数人死亡', detail: '2~3人死亡' },
    15: { meaning: '非常严重，一人死亡', detail: '1人死亡或3人以上重伤' },
    7: { meaning: '严重，重伤' },
    3: { meaning: '重大，致残', detail: '1~3人轻伤' },
    1: { meaning: '引人注目，需要救护', detail: '微伤' },
  },
};

/**
 * Wording of the L × S scales in common use. UNVERIFIED: lec-ls.json cites the matrix bands but no source
 * for these words; editable here, shown as a hint only.
 */
export const lsWording: { verified: false; L: Record<number, string>; S: Record<number, string> } = {
  verified: false,
  L: { 1: '极不可能', 2: '不太可能', 3: '可能', 4: '很可能', 5: '几乎肯定' },
  S: { 1: '轻微', 2: '较小', 3: '较大', 4: '重大', 5: '特大（灾难性）' },
};

/** "10 · 完全可以预料": a score with its wording, for pickers. */
export const lecOption = (k: 'L' | 'E' | 'C', score: number) => {
  const w = lecWording[k][score];
  return w ? `${score} · ${w.meaning}${w.detail ? `（${w.detail}）` : ''}` : String(score);
};
export const lsOption = (k: 'L' | 'S', score: number) => {
  const w = lsWording[k][score];
  return w ? `${score} · ${w}` : String(score);
};

export const LEC_RULE_VERSION = 'LEC-Graham-Kinney/上端含/variant_A';

export const dangerClasses = ['极其危险', '高度危险', '显著危险', '一般危险', '稍有危险'] as const;
export type DangerClass = (typeof dangerClasses)[number];

export const riskLevels = ['重大风险', '较大风险', '一般风险', '低风险'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskColors = {
  重大风险: 'red',
  较大风险: 'orange',
  一般风险: 'yellow',
  低风险: 'blue',
} as const satisfies Record<RiskLevel, string>;
export type RiskColor = (typeof riskColors)[RiskLevel];
export const riskColorNames: Record<RiskColor, string> = {
  red: '红',
  orange: '橙',
  yellow: '黄',
  blue: '蓝',
};

/** A band: values above `above` (or at it, when the convention is lower-inclusive) belong to it. */
export interface Band<T> {
  above: number;
  value: T;
}

/**
 * Band lower bounds, highest first. Sources write "160~320, 70~160, 20~70, <20" with overlapping ends;
 * the worked example classifies D = 20 as 稍有危险, so each band includes its UPPER end (D = 70 → 一般危险).
 */
export const lecDangerBands: readonly Band<DangerClass>[] = [
  { above: 320, value: '极其危险' },
  { above: 160, value: '高度危险' },
  { above: 70, value: '显著危险' },
  { above: 20, value: '一般危险' },
  { above: -Infinity, value: '稍有危险' },
];

/** Default D → four-colour grade (lec-ls.json variant_A: source B's four levels); configurable. */
export const defaultLecLevelBands: readonly Band<RiskLevel>[] = [
  { above: 320, value: '重大风险' },
  { above: 160, value: '较大风险' },
  { above: 70, value: '一般风险' },
  { above: -Infinity, value: '低风险' },
];

export interface LecRule {
  /** true (default): a value on a boundary belongs to the lower band (20 → 稍有危险). */
  upperInclusive: boolean;
  levelBands: readonly Band<RiskLevel>[];
}
export const defaultLecRule: LecRule = { upperInclusive: true, levelBands: defaultLecLevelBands };

function bandOf<T>(bands: readonly Band<T>[], x: number, upperInclusive: boolean): T {
  const hit = bands.find((b) => (upperInclusive ? x > b.above : x >= b.above));
  return (hit ?? bands[bands.length - 1])!.value;
}

/** Rounds away float noise (0.1 × 0.5 × 100 = 5.000000000000001). */
const clean = (x: number) => Math.round(x * 1000) / 1000;

export type ScoreProblem = { field: string; message: string };

export interface LecResult {
  D: number;
  dangerClass: DangerClass;
  level: RiskLevel;
  color: RiskColor;
}

/** Checks L, E and C against the score tables; a value outside them is a problem, never rounded. */
export function lecProblems(input: { L: number; E: number; C: number }): ScoreProblem[] {
  return (['L', 'E', 'C'] as const)
    .filter((k) => !(lecScores[k] as readonly number[]).includes(input[k]))
    .map((k) => ({ field: k, message: `${k} 应取标准分值之一：${lecScores[k].join('、')}` }));
}

/** D = L × E × C, its danger class and four-colour grade; throws RangeError on a score outside the tables. */
export function evaluateLec(
  input: { L: number; E: number; C: number },
  rule: LecRule = defaultLecRule,
): LecResult {
  const problems = lecProblems(input);
  if (problems.length) throw new RangeError(problems.map((p) => p.message).join('；'));
  const D = clean(input.L * input.E * input.C);
  const level = bandOf(rule.levelBands, D, rule.upperInclusive);
  return { D, dangerClass: bandOf(lecDangerBands, D, rule.upperInclusive), level, color: riskColors[level] };
}

/** L × S risk matrix: L and S each 1..5. */
export const lsScores = [1, 2, 3, 4, 5] as const;

/** Matrix variants of lec-ls.json, as inclusive lower bounds of R. They differ only at R = 9 (3 × 3). */
export const lsVariants = {
  /** LS-2 (default): the paper table citing the 国家安监总局 four-colour rule; 9 is 一般风险. */
  'LS-2': [
    { above: 20, value: '重大风险' },
    { above: 10, value: '较大风险' },
    { above: 4, value: '一般风险' },
    { above: 1, value: '低风险' },
  ],
  /** LS-1: 9 is 较大风险. */
  'LS-1': [
    { above: 20, value: '重大风险' },
    { above: 9, value: '较大风险' },
    { above: 4, value: '一般风险' },
    { above: 1, value: '低风险' },
  ],
} as const satisfies Record<string, readonly Band<RiskLevel>[]>;
export type LsVariant = keyof typeof lsVariants;
export const defaultLsVariant: LsVariant = 'LS-2';

export interface LsResult {
  R: number;
  level: RiskLevel;
  color: RiskColor;
}

export function lsProblems(input: { L: number; S: number }): ScoreProblem[] {
  return (['L', 'S'] as const)
    .filter((k) => !(lsScores as readonly number[]).includes(input[k]))
    .map((k) => ({ field: k, message: `${k} 应为 1–5 的整数` }));
}

/** R = L × S and its four-colour grade (bands are inclusive lower bounds); throws RangeError outside 1..5. */
export function evaluateLs(input: { L: number; S: number }, variant: LsVariant = defaultLsVariant): LsResult {
  const problems = lsProblems(input);
  if (problems.length) throw new RangeError(problems.map((p) => p.message).join('；'));
  const R = input.L * input.S;
  const level = bandOf(lsVariants[variant], R, false);
  return { R, level, color: riskColors[level] };
}
