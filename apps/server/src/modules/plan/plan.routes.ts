import { z } from 'zod';
import {
  decomposeBody,
  planBody,
  planExportQuery,
  targetBody,
  targetsQuery,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { exportPlanTable } from './plan.export.ts';
import { planSchema, planTableSchema } from '@anjian/domain';
import * as plans from './plan.service.ts';
import { created, sendDownload } from '../../platform/http/reply.ts';

const tags = ['plan'];

/** Plan periods and targets (规划目标): baselines, targets per indicator and division, decomposition, progress. */
export function registerPlanRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'indicator.read' as const } };
  const write = { access: { permission: 'plan.write' as const } };

  app.get(
    '/plans',
    {
      config: read,
      schema: {
        tags,
        summary: '规划期列表（本级及上级）',
        response: { 200: z.array(planSchema), ...errorResponses },
      },
    },
    (req) => plans.listPlans(ctx, req.rc),
  );
  app.post(
    '/plans',
    {
      config: write,
      schema: {
        tags,
        summary: '新建规划期',
        body: planBody,
        response: { 201: planSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await plans.createPlan(ctx, req.rc, req.body)),
  );
  app.get(
    '/plans/:id/targets',
    {
      config: read,
      schema: {
        tags,
        summary: '规划指标表：基数、目标、降幅、执行情况与进度',
        params: uuidParam,
        querystring: targetsQuery,
        response: { 200: planTableSchema, ...errorResponses },
      },
    },
    (req) => plans.getTargetTable(ctx, req.rc, req.params.id, req.query.division),
  );
  app.put(
    '/plans/:id/targets',
    {
      config: write,
      schema: {
        tags,
        summary: '设置某区划某指标的基数与目标',
        params: uuidParam,
        body: targetBody,
        response: { 200: planTableSchema, ...errorResponses },
      },
    },
    (req) => plans.saveTarget(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/plans/:id/decompose',
    {
      config: write,
      schema: {
        tags,
        summary: '目标逐级分解到下级区划',
        params: uuidParam,
        body: decomposeBody,
        response: {
          200: z.object({
            planId: z.string(),
            from: z.string(),
            targets: z.array(
              z.object({
                divisionCode: z.string(),
                indicatorKey: z.string(),
                baseline: z.number(),
                target: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    (req) => plans.decomposePlan(ctx, req.rc, req.params.id, req.body),
  );
  app.get(
    '/plans/:id/export',
    {
      config: read,
      schema: {
        tags,
        summary: '导出规划指标完成情况表（.xlsx 或 PDF）',
        params: uuidParam,
        querystring: planExportQuery,
        response: { 200: z.any().describe('.xlsx / .pdf 文件'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await exportPlanTable(ctx, req.rc, req.params.id, req.query.division, req.query.format);
      return sendDownload(reply, file);
    },
  );
}
