import { z } from 'zod';
import { hazardLevels } from '../hazard/lifecycle.ts';
import { pageOf, pagingQuery } from '../shared/schemas.ts';

/** 现场处理措施 an inspector may take on the spot (安全生产法 第六十五条). */
export const onSiteMeasures = [
  '责令停止作业',
  '撤出作业人员',
  '责令暂时停产停业',
  '暂扣',
  '查封',
  '当场整改',
] as const;

const finding = z.object({
  checklistItem: z.string().trim().min(1).max(300).describe('检查条目'),
  description: z.string().trim().min(1).max(2000).describe('发现的问题'),
  location: z.string().trim().min(1).max(200).describe('位置'),
  level: z.enum(hazardLevels).describe('一般 / 重大隐患'),
  legalBasis: z.string().trim().min(1).max(500).describe('法律依据'),
  photos: z.array(z.string().uuid()).max(9).default([]),
  deadline: z.string().date().optional().describe('本条的整改期限（缺省为 rectifyBy）'),
});

/** One inspection recorded on a phone, possibly offline: the client's key makes its sync happen once. */
export const createInspectionBody = z
  .object({
    enterpriseId: z.string().uuid(),
    assignmentId: z.string().uuid().optional().describe('双随机抽取的对象（可选）'),
    idempotencyKey: z.string().trim().min(8).max(100).describe('离线草稿的唯一键，重复同步只生效一次'),
    findings: z.array(finding.strict()).max(100).default([]),
    measures: z.array(z.enum(onSiteMeasures)).max(onSiteMeasures.length).default([]),
    rectifyBy: z.string().date().optional().describe('责令限期整改的期限（有隐患时必填）'),
  })
  .strict();
export type CreateInspectionBody = z.infer<typeof createInspectionBody>;

/** 整改复查: each open finding of the inspection, rectified or not (the 整改复查意见书 lists both). */
export const reviewInspectionBody = z
  .object({
    reviewedOn: z.string().date().optional().describe('复查日期（缺省为今天）'),
    findings: z
      .array(
        z
          .object({
            hazardId: z.string().uuid().describe('检查发现的问题（其隐患）'),
            rectified: z.boolean().describe('是否已整改'),
            comment: z.string().trim().min(1).max(2000).optional().describe('复查情况（未整改时必填）'),
            photos: z.array(z.string().uuid()).max(9).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export type ReviewInspectionBody = z.infer<typeof reviewInspectionBody>;

/** A finding's last 整改复查 as stored with it. */
export const findingReviewSchema = z.object({
  rectified: z.boolean(),
  reviewedOn: z.string(),
  comment: z.string().nullable(),
});

export const inspectionListQuery = z
  .object({
    enterpriseId: z.string().uuid().optional(),
    status: z.enum(['rectifying', 'closed']).optional(),
    from: z.string().date().optional().describe('检查日期起（含）'),
    to: z.string().date().optional().describe('检查日期止（含）'),
  })
  .extend(pagingQuery.shape)
  .strict();
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;

export const inspectionSchema = z.object({
  id: z.string().uuid(),
  enterpriseId: z.string().uuid(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  status: z.enum(['rectifying', 'closed']),
  findings: z.array(
    finding.extend({
      hazardId: z.string().uuid(),
      deadline: z.string(),
      review: findingReviewSchema.nullable(),
    }),
  ),
  measures: z.array(z.string()),
  rectifyBy: z.string().nullable(),
  inspectedBy: z.string().nullable(),
  createdAt: z.string(),
  /** 现场检查记录, 责令限期整改指令书, 整改复查意见书; an enterprise sees those served on it. */
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.enum(['valid', 'withdrawn']),
      sha256: z.string(),
    }),
  ),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const inspectionDocumentParams = z
  .object({ id: z.string().uuid(), documentId: z.string().uuid() })
  .strict();

/** One row of the inspection list. */
export const inspectionSummarySchema = z.object({
  id: z.string().uuid(),
  enterpriseId: z.string().uuid(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  status: z.enum(['rectifying', 'closed']),
  findingCount: z.number().int(),
  openFindingCount: z.number().int(),
  rectifyBy: z.string().nullable(),
  inspectedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;
export const inspectionPageSchema = pageOf(inspectionSummarySchema);
