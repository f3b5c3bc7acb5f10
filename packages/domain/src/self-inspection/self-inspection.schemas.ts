import { z } from 'zod';
import { HazardLimits } from '../hazard/hazard.schemas.ts';
import { hazardLevels } from '../hazard/lifecycle.ts';
import { divisionCode, text } from '../shared/schemas.ts';
import { inspectionFrequencies } from './period.ts';

/** Named limits of self-inspection input (STYLE.md §7). */
export const SelfInspectionLimits = { maxItems: 200 } as const;

const isoDate = z.iso.date();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '照片标识应为 SHA-256');

/** One line of a plan's checklist: from a standard (its code) or the enterprise's own wording. */
export const planItem = z
  .object({
    code: z
      .string()
      .trim()
      .max(60)
      .optional()
      .describe('判定标准条目编号（如 “危化2017-12”），自定条目可不填'),
    text: text(500),
    major: z.boolean().default(false).describe('是否为重大事故隐患判定条目'),
  })
  .strict();
export type PlanItem = z.infer<typeof planItem>;

export const createSelfInspectionPlanBody = z
  .object({
    enterpriseId: z.uuid(),
    name: text(100),
    frequency: z.enum(inspectionFrequencies),
    assignee: text(50).optional().describe('负责人'),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
    items: z.array(planItem).min(1, '至少需要一个排查条目').max(SelfInspectionLimits.maxItems),
  })
  .strict()
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message: '结束日期不能早于开始日期',
  });
export type CreateSelfInspectionPlanInput = z.infer<typeof createSelfInspectionPlanBody>;

export const updateSelfInspectionPlanBody = z
  .object({
    name: text(100).optional(),
    assignee: text(50).nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    active: z.boolean().optional().describe('停用后不再生成新的周期任务；已生成的任务保留'),
  })
  .strict();
export type UpdateSelfInspectionPlanInput = z.infer<typeof updateSelfInspectionPlanBody>;

/** A failed item either links a hazard already reported, or reports one now (source 企业自查). */
const newHazard = z
  .object({
    location: text(200),
    description: text(2000),
    level: z.enum(hazardLevels).default('一般'),
    photos: z.array(sha256).max(HazardLimits.maxPhotos).optional(),
  })
  .strict();

export const itemResult = z
  .object({
    index: z.number().int().min(0).describe('计划中条目的序号（从 0 开始）'),
    ok: z.boolean().describe('true = 符合；false = 发现隐患'),
    comment: z.string().trim().max(500).optional(),
    hazardId: z.uuid().optional(),
    hazard: newHazard.optional(),
  })
  .strict()
  .refine((r) => r.ok || !!r.hazardId !== !!r.hazard, {
    path: ['hazard'],
    message: '发现隐患的条目须上报隐患或关联已上报的隐患（二选一）',
  })
  .refine((r) => !r.ok || (!r.hazardId && !r.hazard), {
    path: ['hazard'],
    message: '符合的条目不关联隐患',
  });
export type ItemResult = z.infer<typeof itemResult>;

export const completeSelfInspectionTaskBody = z
  .object({
    results: z.array(itemResult).min(1).max(SelfInspectionLimits.maxItems),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();
export type CompleteSelfInspectionTaskInput = z.infer<typeof completeSelfInspectionTaskBody>;

export const selfInspectionListQuery = z
  .object({
    enterpriseId: z.uuid().optional(),
    planId: z.uuid().optional(),
    state: z.enum(['pending', 'done_on_time', 'done_late', 'missed']).optional(),
  })
  .strict();
export type SelfInspectionListQuery = z.infer<typeof selfInspectionListQuery>;

export const selfInspectionStatsQuery = z
  .object({
    from: isoDate.optional().describe('周期开始日期不早于'),
    to: isoDate.optional().describe('周期开始日期不晚于'),
    divisionCode: divisionCode.optional(),
    sector: z.string().max(50).optional(),
  })
  .strict();
export type SelfInspectionStatsQuery = z.infer<typeof selfInspectionStatsQuery>;
