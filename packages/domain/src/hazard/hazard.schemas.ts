import { z } from 'zod';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';
import { hazardLevels, hazardSources, hazardStatuses } from './lifecycle.ts';

/** Named limits of hazard input (STYLE.md §7; SECURITY.md uploads). */
export const HazardLimits = {
  maxPhotos: 9,
  photoBytesMax: 10 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
  maxFundsWanYuan: 1_000_000,
} as const;

const isoDate = z.iso.date();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '照片标识应为 SHA-256');
/** Photos already uploaded through POST /api/hazards/photos, by content hash. */
const photos = z.array(sha256).max(HazardLimits.maxPhotos).optional();
const comment = z.string().trim().max(2000).optional();

export const reportHazardBody = z
  .object({
    enterpriseId: z.uuid(),
    source: z.enum(hazardSources),
    location: text(200),
    description: text(2000),
    checklistItem: z.string().trim().max(300).optional().describe('排查清单条目（如 “危化2017-12”）'),
    level: z.enum(hazardLevels).default('一般').describe('上报人初判等级；评估时由监管部门确定'),
    foundAt: z.iso.datetime({ offset: true }).optional(),
    photos,
  })
  .strict();
export type ReportHazardInput = z.infer<typeof reportHazardBody>;

export const assessHazardBody = z
  .object({
    level: z.enum(hazardLevels),
    deadline: isoDate.describe('整改期限'),
    checklistItem: z.string().trim().max(300).optional(),
    comment,
    /** Required for 重大: the assessing authority 挂牌督办 it with its own deadline. */
    supervision: z
      .object({ authority: text(100).optional(), deadline: isoDate })
      .strict()
      .optional(),
  })
  .strict();
export type AssessHazardInput = z.infer<typeof assessHazardBody>;

export const rectificationPlanSchema = z
  .object({
    responsiblePerson: text(50),
    measures: text(2000),
    funds: z
      .number('整改资金应为数字（万元）')
      .min(0, '整改资金不能为负数')
      .max(HazardLimits.maxFundsWanYuan, `整改资金不能超过 ${HazardLimits.maxFundsWanYuan} 万元`)
      .describe('万元'),
    deadline: isoDate,
    contingencyPlan: text(2000),
  })
  .strict();

export const startRectificationBody = z
  .object({ plan: rectificationPlanSchema.optional(), comment, photos })
  .strict();
export type StartRectificationInput = z.infer<typeof startRectificationBody>;

export const requestAcceptanceBody = z.object({ comment: text(2000), photos }).strict();
export type RequestAcceptanceInput = z.infer<typeof requestAcceptanceBody>;

export const acceptHazardBody = z.object({ comment, photos }).strict();
export type AcceptHazardInput = z.infer<typeof acceptHazardBody>;

export const rejectHazardBody = z.object({ reason: text(2000), photos }).strict();
export type RejectHazardInput = z.infer<typeof rejectHazardBody>;

export const hazardFilterQuery = z
  .object({
    status: z.enum(hazardStatuses).optional(),
    open: z.enum(['true', 'false']).optional().describe('true: 未销号'),
    level: z.enum(hazardLevels).optional(),
    source: z.enum(hazardSources).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    enterpriseId: z.uuid().optional(),
    divisionCode: divisionCode.optional(),
    sector: z.string().max(40).optional(),
    from: isoDate.optional().describe('上报日期起（含）'),
    to: isoDate.optional().describe('上报日期止（含）'),
  })
  .strict();
export type HazardFilter = z.infer<typeof hazardFilterQuery>;

export const listHazardsQuery = hazardFilterQuery.extend(pagingQuery.shape).strict();
export type ListHazardsQuery = z.infer<typeof listHazardsQuery>;

export const hazardStatsQuery = z
  .object({
    divisionCode: divisionCode.optional(),
    sector: z.string().max(40).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type HazardStatsQuery = z.infer<typeof hazardStatsQuery>;
