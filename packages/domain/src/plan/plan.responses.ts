import { z } from 'zod';

const num = z.number().nullable();

/** A 规划 (safety target plan) of a division: its period and the baseline years. */
export const planSchema = z.object({
  id: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  name: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  baselineFrom: z.number(),
  baselineTo: z.number(),
  baselineLabel: z.string().nullable(),
});
export type PlanDto = z.infer<typeof planSchema>;

/** One indicator's row of a plan's target table: baselines, planned and actual falls, yearly progress. */
export const targetRowSchema = z.object({
  indicatorKey: z.string(),
  name: z.string(),
  kind: z.enum(['rate', 'count']),
  unit: z.string(),
  decimals: z.number(),
  statedBaseline: num.describe('规划文本给出的基数'),
  computedBaseline: num.describe('由记录和分母计算的基数（基数期逐年值的算术平均）'),
  baseline: num.describe('用于降幅与进度的基数：有计算值时取计算值'),
  target: z.number(),
  note: z.string().nullable(),
  decomposedFrom: z.string().nullable(),
  statedDrop: num,
  statedAnnualDrop: num,
  statedAnnualDropForm: z
    .enum(['compound', 'simple'])
    .nullable()
    .describe('规划文本的年均降幅属于哪种算法；null 表示两种都对不上'),
  targetDrop: z.object({ dropPct: num, annualCompoundPct: num, annualSimplePct: num }),
  statedDropGap: num.describe('计算降幅 − 规划文本降幅（百分点）'),
  actualYear: num,
  actual: num,
  actualDrop: z.object({ dropPct: num, annualCompoundPct: num, annualSimplePct: num }),
  progress: z.array(
    z.object({
      year: z.number(),
      value: num,
      expected: z.number(),
      status: z.string(),
      statusName: z.string(),
    }),
  ),
  status: z.string(),
  statusName: z.string(),
});
export type TargetRowDto = z.infer<typeof targetRowSchema>;

export const planTableSchema = z.object({
  plan: planSchema,
  division: z.object({ code: z.string(), name: z.string() }),
  annualDropForms: z.record(z.string(), z.string()),
  rows: z.array(targetRowSchema),
});
export type PlanTableDto = z.infer<typeof planTableSchema>;
