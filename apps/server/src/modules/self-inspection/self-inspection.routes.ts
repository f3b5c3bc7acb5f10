import { z } from 'zod';
import {
  completeSelfInspectionTaskBody,
  createSelfInspectionPlanBody,
  selfInspectionListQuery,
  selfInspectionStatsQuery,
  updateSelfInspectionPlanBody,
  uuidParam,
  selfInspectionStatsSchema,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  selfInspectionPlanSchema as planSchema,
  selfInspectionTaskDetailSchema as taskDetailSchema,
  selfInspectionTaskSchema as taskSchema,
} from '@anjian/domain';
import * as service from './self-inspection.service.ts';
import { selfInspectionStats } from './self-inspection.stats.ts';
import { created } from '../../platform/http/reply.ts';

const tags = ['self-inspection'];
const items = <T extends z.ZodType>(s: T) => z.object({ items: z.array(s) });
const ok = <T extends z.ZodType>(s: T) => ({ 200: s, ...errorResponses });

/** 企业自查计划: checklist plans with a frequency, their periodic tasks and the completion rate. */
export function registerSelfInspectionRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'risk.read' as const } };
  const write = { access: { permission: 'selfcheck.write' as const } };

  app.get(
    '/self-inspection/plans',
    {
      config: read,
      schema: {
        tags,
        summary: '自查计划列表（含任务完成率）',
        querystring: selfInspectionListQuery,
        response: ok(items(planSchema)),
      },
    },
    (req) => service.listPlans(ctx, req.rc, req.query),
  );
  app.post(
    '/self-inspection/plans',
    {
      config: write,
      schema: {
        tags,
        summary: '新建自查计划（按频次生成周期任务，自开始日期起的周期立即生成）',
        body: createSelfInspectionPlanBody,
        response: { 201: planSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await service.createPlan(ctx, req.rc, req.body)),
  );
  app.get(
    '/self-inspection/plans/:id',
    { config: read, schema: { tags, summary: '自查计划', params: uuidParam, response: ok(planSchema) } },
    (req) => service.getPlan(ctx, req.rc, req.params.id),
  );
  app.patch(
    '/self-inspection/plans/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改自查计划（名称、负责人、结束日期、停用）；条目与频次不可改，已生成的任务保留',
        params: uuidParam,
        body: updateSelfInspectionPlanBody,
        response: ok(planSchema),
      },
    },
    (req) => service.updatePlan(ctx, req.rc, req.params.id, req.body),
  );
  app.get(
    '/self-inspection/tasks',
    {
      config: read,
      schema: {
        tags,
        summary: '自查任务列表（状态按周期与完成日期推算：待完成 / 按期完成 / 逾期补录 / 未完成）',
        querystring: selfInspectionListQuery,
        response: ok(items(taskSchema)),
      },
    },
    (req) => service.listTasks(ctx, req.rc, req.query),
  );
  app.get(
    '/self-inspection/tasks/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '自查任务（含排查条目与结果）',
        params: uuidParam,
        response: ok(taskDetailSchema),
      },
    },
    (req) => service.getTask(ctx, req.rc, req.params.id),
  );
  app.post(
    '/self-inspection/tasks/:id/complete',
    {
      config: write,
      schema: {
        tags,
        summary: '记录自查结果：逐条填写；不符合的条目上报隐患（来源“企业自查”）或关联已上报的隐患',
        params: uuidParam,
        body: completeSelfInspectionTaskBody,
        response: ok(taskDetailSchema),
      },
    },
    (req) => service.completeTask(ctx, req.rc, req.params.id, req.body),
  );
  app.get(
    '/self-inspection/stats',
    {
      config: read,
      schema: {
        tags,
        summary: '自查任务完成率（按区县、频次）',
        querystring: selfInspectionStatsQuery,
        response: ok(selfInspectionStatsSchema),
      },
    },
    (req) => selfInspectionStats(ctx, req.rc, req.query),
  );
}
