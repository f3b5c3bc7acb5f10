import { z } from 'zod';
import {
  accidentBody,
  accidentCategories,
  accidentGrades,
  followUpBody,
  gb6441Types,
  gradeCalcBody,
  investigationBody,
  listAccidentsQuery,
  measureBody,
  measureParam,
  pageOf,
  reportLevelNames,
  reportStepBody,
  supplementBody,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { accidentDetailSchema, accidentSchema, gradeResultSchema, investigationSchema } from '@anjian/domain';
import * as accidents from './accident.service.ts';
import * as investigations from './investigation.service.ts';
import { created } from '../../platform/http/reply.ts';

const tags = ['accident'];

/** Accidents (事故): report, grade, 逐级上报 timeline, 补报, investigation and 查处督办. */
export function registerAccidentRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'accident.read' as const } };
  const write = { access: { permission: 'accident.write' as const } };
  const investigate = { access: { permission: 'accident.investigate' as const } };
  const detail = { 200: accidentDetailSchema, ...errorResponses };
  const inv = { 200: investigationSchema, ...errorResponses };

  app.post(
    '/calc/accident-grade',
    {
      schema: {
        tags,
        summary: '事故等级计算（条例第三条，表单实时预览）',
        body: gradeCalcBody,
        response: { 200: gradeResultSchema, ...errorResponses },
      },
    },
    (req) => accidents.calcGrade(req.body),
  );
  app.get(
    '/accidents/reference',
    {
      config: read,
      schema: {
        tags,
        summary: '事故统计类别、GB 6441 事故类别、等级、上报层级',
        response: {
          200: z.object({
            categories: z.array(
              z.object({ code: z.string(), name: z.string(), sector: z.string().nullable() }),
            ),
            types: z.array(z.object({ code: z.string(), name: z.string() })),
            grades: z.array(z.string()),
            reportLevels: z.record(z.string(), z.string()),
          }),
          ...errorResponses,
        },
      },
    },
    () => ({
      categories: [...accidentCategories],
      types: [...gb6441Types],
      grades: [...accidentGrades],
      reportLevels: reportLevelNames,
    }),
  );
  app.get(
    '/accidents',
    {
      config: read,
      schema: {
        tags,
        summary: '事故列表（筛选、分页）',
        querystring: listAccidentsQuery,
        response: { 200: pageOf(accidentSchema), ...errorResponses },
      },
    },
    (req) => accidents.listAccidents(ctx, req.rc, req.query),
  );
  app.post(
    '/accidents',
    {
      config: write,
      schema: {
        tags,
        summary: '事故快报（自动定级）',
        body: accidentBody,
        response: { 201: accidentDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await accidents.createAccident(ctx, req.rc, req.body)),
  );
  app.get(
    '/accidents/:id',
    {
      config: read,
      schema: { tags, summary: '事故详情（含上报时间线、补报记录）', params: uuidParam, response: detail },
    },
    (req) => accidents.getAccident(ctx, req.rc, req.params.id),
  );
  app.post(
    '/accidents/:id/report-steps',
    {
      config: write,
      schema: {
        tags,
        summary: '登记逐级上报（迟报自动标记）',
        params: uuidParam,
        body: reportStepBody,
        response: detail,
      },
    },
    (req) => accidents.addReportStep(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/accidents/:id/supplements',
    {
      config: write,
      schema: {
        tags,
        summary: '补报伤亡和损失（30日内；道路交通、火灾7日内），可改变等级',
        params: uuidParam,
        body: supplementBody,
        response: detail,
      },
    },
    (req) => accidents.addSupplement(ctx, req.rc, req.params.id, req.body),
  );
  app.get(
    '/accidents/:id/investigation',
    { config: read, schema: { tags, summary: '事故调查与查处督办', params: uuidParam, response: inv } },
    (req) => investigations.getInvestigation(ctx, req.rc, req.params.id),
  );
  app.put(
    '/accidents/:id/investigation',
    {
      config: investigate,
      schema: {
        tags,
        summary: '保存调查报告（原因、责任、处罚）',
        params: uuidParam,
        body: investigationBody,
        response: inv,
      },
    },
    (req) => investigations.saveInvestigation(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/accidents/:id/measures',
    {
      config: investigate,
      schema: {
        tags,
        summary: '添加整改措施（责任人、期限）',
        params: uuidParam,
        body: measureBody,
        response: inv,
      },
    },
    (req) => investigations.addMeasure(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/accidents/:id/measures/:measureId/follow-ups',
    {
      config: investigate,
      schema: {
        tags,
        summary: '整改措施跟踪（整改中 / 已整改 / 核查销号）',
        params: measureParam,
        body: followUpBody,
        response: inv,
      },
    },
    (req) => investigations.followUpMeasure(ctx, req.rc, req.params.id, req.params.measureId, req.body),
  );
  app.post(
    '/accidents/:id/investigation/close',
    {
      config: investigate,
      schema: { tags, summary: '结束查处督办（全部整改措施已销号）', params: uuidParam, response: inv },
    },
    (req) => investigations.closeInvestigation(ctx, req.rc, req.params.id),
  );
}
