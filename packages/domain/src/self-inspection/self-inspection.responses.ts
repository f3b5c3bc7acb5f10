import { z } from 'zod';
import { inspectionFrequencies } from './period.ts';

const planItemResponse = z.object({ code: z.string().optional(), text: z.string(), major: z.boolean() });

/** 企业自查计划 (docs/api-hazard.md "Self-inspection") with the counts of its periodic tasks. */
export const selfInspectionPlanSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  name: z.string(),
  frequency: z.enum(inspectionFrequencies),
  frequencyName: z.string(),
  assignee: z.string().nullable(),
  items: z.array(planItemResponse),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  tasks: z.object({
    total: z.number(),
    due: z.number(),
    onTime: z.number(),
    late: z.number(),
    missed: z.number(),
    completionRate: z.number().nullable().describe('按期完成 ÷ 应完成（周期已结束或已完成的任务）'),
  }),
});
export type SelfInspectionPlanDto = z.infer<typeof selfInspectionPlanSchema>;

/** One period's task of a plan. */
export const selfInspectionTaskSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planName: z.string(),
  frequency: z.enum(inspectionFrequencies),
  frequencyName: z.string(),
  assignee: z.string().nullable(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  periodKey: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  state: z.enum(['pending', 'done_on_time', 'done_late', 'missed']),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  hazardIds: z.array(z.string()),
  comment: z.string().nullable(),
  itemCount: z.number(),
});
export type SelfInspectionTaskDto = z.infer<typeof selfInspectionTaskSchema>;

/** The task with its checklist: the plan's items before it is done, the recorded results after. */
export const selfInspectionTaskDetailSchema = selfInspectionTaskSchema.extend({
  items: z.array(
    planItemResponse.extend({
      index: z.number(),
      ok: z.boolean().nullable(),
      comment: z.string().nullable(),
      hazardId: z.string().nullable(),
    }),
  ),
});
export type SelfInspectionTaskDetailDto = z.infer<typeof selfInspectionTaskDetailSchema>;

const taskCounts = z.object({
  total: z.number(),
  due: z.number().describe('应完成：周期已结束或已完成'),
  onTime: z.number().describe('按期完成'),
  late: z.number().describe('逾期补录'),
  missed: z.number().describe('未完成（周期已过）'),
  pending: z.number().describe('本周期待完成'),
  hazardsFound: z.number(),
  enterprises: z.number(),
  completionRate: z.number().nullable().describe('完成率 = 按期完成 ÷ 应完成'),
});
export type SelfInspectionCountsDto = z.infer<typeof taskCounts>;

/** Completion of self-inspection tasks in scope, by county and by frequency. */
export const selfInspectionStatsSchema = taskCounts.extend({
  asOf: z.string(),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  byDivision: z.array(taskCounts.extend({ key: z.string(), name: z.string() })),
  byFrequency: z.array(taskCounts.extend({ key: z.string().describe('inspectionFrequencies') })),
});
export type SelfInspectionStatsDto = z.infer<typeof selfInspectionStatsSchema>;
