import { z } from 'zod';
import { accidentGrades } from '../accident/grade.ts';
import { isIsoDate } from '../calendar/dates.ts';

/**
 * The statutory fines of 《安全生产法》(2021修正) 第六章 as data (reference/law/work-safety-law-2021.json): per
 * article the violation, its numbered items, and each fine's target, stage, clause and range. A 自由裁量基准
 * (discretion.ts) narrows a fine by circumstance inside these ranges; it can never widen them.
 */
export const fineTargets = ['unit', 'principal', 'otherManagers', 'responsiblePersons'] as const;
export type FineTarget = (typeof fineTargets)[number];
export const fineTargetNames: Record<FineTarget, string> = {
  unit: '生产经营单位',
  principal: '主要负责人',
  otherManagers: '其他负责人和安全生产管理人员',
  responsiblePersons: '直接负责的主管人员和其他直接责任人员',
};

export const fineStages = ['initial', 'uncorrected', 'accident'] as const;
export type FineStage = (typeof fineStages)[number];

const base = {
  /** `97-2`: article and position. */
  id: z.string().regex(/^\d{2,3}-\d{1,2}$/),
  target: z.enum(fineTargets),
  stage: z.enum(fineStages),
  clause: z.string(),
  text: z.string().min(1),
  grade: z.enum(accidentGrades).optional(),
};
const nonNegative = z.number().int().min(0);

export const statutoryFineSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('amount'), min: nonNegative, max: nonNegative }).strict(),
  z.object({ ...base, kind: z.literal('incomePercent'), min: nonNegative, max: nonNegative }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('gainsMultiple'),
      min: nonNegative,
      max: nonNegative,
      gainsAtLeast: nonNegative,
    })
    .strict(),
]);
export type StatutoryFine = z.infer<typeof statutoryFineSchema>;

export const statutoryArticleSchema = z
  .object({
    seq: z.number().int(),
    /** 第九十七条 */
    article: z.string().regex(/^第[一二三四五六七八九十百零]+条$/),
    violation: z.string().min(1),
    items: z.array(z.string().min(1)).optional(),
    fines: z.array(statutoryFineSchema),
    /** 第一百一十四条第二款: a multiple of the range for 情节特别严重、影响特别恶劣. */
    aggravation: z
      .object({
        clause: z.string(),
        minMultiple: z.number().positive(),
        maxMultiple: z.number().positive(),
        text: z.string(),
      })
      .strict()
      .optional(),
    dailyContinuous: z.boolean().optional(),
    verified: z.boolean(),
    note: z.string().optional(),
  })
  .strict();
export type StatutoryArticle = z.infer<typeof statutoryArticleSchema>;

const lawSchema = z
  .object({
    law: z.string().min(1),
    edition: z.string().min(1),
    effectiveFrom: z.string().refine(isIsoDate),
    citation: z.string().min(1),
    articles: z.array(statutoryArticleSchema),
  })
  .loose();

export interface PenaltyLaw {
  law: string;
  edition: string;
  effectiveFrom: string;
  citation: string;
  /** `安全生产法(2021修正)`: stored with every checked fine. */
  version: string;
  articles: StatutoryArticle[];
}

/** Parses and checks the fines table: ids unique and of their article, min ≤ max. */
export function parsePenaltyLaw(json: unknown): PenaltyLaw {
  const src = lawSchema.parse(json);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const a of src.articles) {
    for (const f of a.fines) {
      if (ids.has(f.id)) problems.push(`${f.id} 重复`);
      ids.add(f.id);
      if (!f.id.startsWith(`${a.seq}-`)) problems.push(`${f.id} 不属于${a.article}`);
      if (f.min > f.max) problems.push(`${f.id} 下限大于上限`);
    }
  }
  if (problems.length) throw new Error(`罚款表有误：${problems.join('；')}`);
  const short = src.law.replace(/^中华人民共和国/, '');
  return { ...src, version: `${short}(${src.edition})`, articles: src.articles };
}

export interface FineRef {
  article: StatutoryArticle;
  fine: StatutoryFine;
  /** 《中华人民共和国安全生产法》(2021修正) 第九十七条 */
  citation: string;
}

/** The fine with this id and the citation that names it (安全生产法 第九十四—一百一十四条). */
export function findFine(law: PenaltyLaw, id: string): FineRef | undefined {
  for (const article of law.articles) {
    const fine = article.fines.find((f) => f.id === id);
    if (fine) return { article, fine, citation: `${law.citation} ${article.article}${fine.clause}` };
  }
  return undefined;
}

/** A figure of a fine in words: yuan, a share of last year's income, or a multiple of illegal gains. */
export const fineUnitText = (f: StatutoryFine, v: number): string =>
  f.kind === 'amount'
    ? `${v} 元`
    : f.kind === 'incomePercent'
      ? `上一年年收入的 ${v}%`
      : `违法所得的 ${v} 倍`;
