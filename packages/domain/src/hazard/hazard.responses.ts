import { z } from 'zod';
import { riskLevels } from '../risk/lec.ts';
import { selfReportFlagKinds } from './flags.ts';
import { hazardActions, hazardLevels, hazardSources, hazardStatuses } from './lifecycle.ts';

/** The rectification plan as stored; the request schema (`rectificationPlanSchema`) holds the limits. */
const rectificationPlanResponse = z.object({
  responsiblePerson: z.string(),
  measures: z.string(),
  funds: z.number(),
  deadline: z.string(),
  contingencyPlan: z.string(),
});

/** A hazard in a list (docs/api-hazard.md, HazardSummary). */
export const hazardSummarySchema = z.object({
  id: z.string(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  divisionCode: z.string(),
  divisionName: z.string(),
  sector: z.string(),
  sectorName: z.string(),
  source: z.enum(hazardSources),
  sensitivity: z
    .enum(['public', 'internal', 'sensitive'])
    .describe('密级（AC-07）：高于账号密级许可的隐患不出现'),
  location: z.string(),
  description: z.string(),
  checklistItem: z.string().nullable(),
  level: z.enum(hazardLevels),
  status: z.enum(hazardStatuses),
  statusName: z.string(),
  deadline: z.string().nullable(),
  /** Derived from the deadline at query time. */
  overdue: z.boolean(),
  daysToDeadline: z.number().nullable(),
  supervision: z
    .object({
      divisionCode: z.string(),
      authority: z.string().nullable(),
      deadline: z.string().nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  foundAt: z.string(),
  reportedAt: z.string(),
  acceptedAt: z.string().nullable(),
  rejections: z.number(),
  /** The latest 验收不通过 and its reason, while the hazard is still open (the enterprise's card shows it). */
  lastRejection: z.object({ reason: z.string(), at: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type HazardSummaryDto = z.infer<typeof hazardSummarySchema>;

export const hazardEventSchema = z.object({
  id: z.number(),
  action: z.string(),
  actionName: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  user: z.object({
    id: z.string().nullable(),
    username: z.string().nullable(),
    displayName: z.string().nullable(),
    role: z.string().nullable(),
  }),
  comment: z.string().nullable(),
  photos: z.array(z.object({ sha256: z.string(), url: z.string() })),
  detail: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});
export type HazardEventDto = z.infer<typeof hazardEventSchema>;

export const hazardDetailSchema = hazardSummarySchema.extend({
  plan: rectificationPlanResponse.nullable(),
  reportedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  assessedAt: z.string().nullable(),
  events: z.array(hazardEventSchema),
  /** What the signed-in user may do next (buttons). */
  allowedActions: z.array(z.enum(hazardActions)),
});
export type HazardDetailDto = z.infer<typeof hazardDetailSchema>;

const bucket = z.object({ key: z.string(), n: z.number() });
/** 隐患统计 (GET /api/hazards/stats): totals, rates and breakdowns of the rollup for a period and scope. */
export const hazardStatsSchema = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  asOf: z.string(),
  total: z.number(),
  accepted: z.number(),
  open: z.number(),
  overdue: z.number(),
  closedLate: z.number(),
  openMajor: z.number(),
  rectificationRate: z.number().nullable().describe('整改率 = 已销号 ÷ 全部'),
  overdueRate: z.number().nullable().describe('超期率 = (逾期未销号 + 逾期后销号) ÷ 有整改期限的隐患'),
  selfFoundShare: z.number().nullable().describe('企业自查发现占比（自查自改自报）'),
  reportingEnterprises: z.number(),
  enterprisesInScope: z.number(),
  reportingShare: z.number().nullable().describe('期间内上报过隐患的企业 ÷ 范围内正常经营企业'),
  byLevel: z.array(bucket),
  byStatus: z.array(bucket),
  bySector: z.array(bucket.extend({ name: z.string() })),
  byDivision: z.array(bucket.extend({ name: z.string() })),
  byMonth: z.array(bucket),
});

export type HazardStatsDto = z.infer<typeof hazardStatsSchema>;
export type HazardBucket = HazardStatsDto['byLevel'][number];

const ref = z.object({ id: z.string(), name: z.string() });
/** 隐患溯源 (GET /api/hazards/{id}/origin): the risk-control chain or self-inspection item that found it. */
export const hazardOriginSchema = z.object({
  riskChain: z.array(
    z.object({
      record: z.object({ id: z.string(), checkedAt: z.string(), checkerName: z.string().nullable() }),
      task: z.object({
        id: z.string(),
        content: z.string(),
        cycle: z.object({ num: z.number(), unit: z.string() }),
      }),
      measure: z.object({ id: z.string(), type: z.string(), content: z.string() }),
      event: ref.extend({ level: z.enum(riskLevels), color: z.enum(['red', 'orange', 'yellow', 'blue']) }),
      unit: ref,
      object: ref.extend({ kind: z.string() }),
    }),
  ),
  selfInspection: z.array(
    z.object({
      taskId: z.string(),
      planId: z.string(),
      planName: z.string(),
      periodKey: z.string(),
      item: z.string().nullable(),
    }),
  ),
});

export type HazardOriginDto = z.infer<typeof hazardOriginSchema>;

/** 自查自报可信度 flags (GET /api/hazards/flags) with their Chinese explanations. */
export const hazardFlagsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  total: z.number(),
  items: z.array(
    z.object({
      kind: z.enum(selfReportFlagKinds),
      enterpriseId: z.string(),
      enterpriseName: z.string(),
      hazardIds: z.array(z.string()).optional(),
      explanation: z.string().describe('中文说明：为何标记'),
    }),
  ),
});

export type HazardFlagsDto = z.infer<typeof hazardFlagsSchema>;

/** A stored photo as the upload answers it (POST /api/hazards/photos). */
export const uploadedPhotoSchema = z.object({
  sha256: z.string(),
  mime: z.string(),
  size: z.number(),
  url: z.string(),
});
export type UploadedPhotoDto = z.infer<typeof uploadedPhotoSchema>;
