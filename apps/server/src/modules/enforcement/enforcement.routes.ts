import { z } from 'zod';
import {
  type CaseExtensionInput,
  accidentFineRequest,
  accidentFineResponse,
  assignmentDoneBody,
  benchmarkParams,
  benchmarkSchema,
  calcAccidentFine,
  caseDetailSchema,
  caseExtensionBody,
  casePenaltyBody,
  caseStepBody,
  caseSummarySchema,
  clockBreachesQuery,
  clockBreachesSchema,
  createCaseBody,
  createOfficerBody,
  drawParams,
  inspectionDrawBody,
  inspectionDrawSchema,
  inspectionPlanBody,
  inspectionPlanSchema,
  listCasesQuery,
  listDrawsQuery,
  listInspectionPlansQuery,
  listOfficersQuery,
  officerSchema,
  pageOf,
  savedBenchmarkSchema,
  uuidParam,
} from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { created, sendDownload } from '../../platform/http/reply.ts';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import * as cases from './case.service.ts';
import { clockBreaches } from './case-clocks.service.ts';
import * as penalties from './case-penalty.service.ts';
import { penaltyLaw } from './enforcement.reference.ts';
import * as plans from './plan.service.ts';

const tags = ['enforcement'];
const caseDocumentParams = z.object({ id: z.string().uuid(), documentId: z.string().uuid() });

/** 监管执法: penalty cases with their clocks, the accident-fine calculator, 执法人员, 裁量基准, plans and 双随机 draws. */
export function registerEnforcementRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'enforcement.read' as const } };
  const write = { access: { permission: 'enforcement.write' as const } };
  const detail = { 200: caseDetailSchema, ...errorResponses };

  app.post(
    '/calc/accident-fine',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary:
          '事故罚款计算：按伤亡、损失定事故等级（条例 第三条），单位罚款幅度（安全生产法 第一百一十四条）及主要负责人罚款比例（第九十五条）；公开',
        body: accidentFineRequest,
        response: { 200: accidentFineResponse, ...errorResponses },
      },
    },
    (req) => calcAccidentFine(penaltyLaw(), req.body),
  );

  app.get(
    '/enforcement/cases',
    {
      config: read,
      schema: {
        tags,
        summary: '行政处罚案件列表（县区看本辖区，企业看针对本企业的案件）',
        querystring: listCasesQuery,
        response: { 200: pageOf(caseSummarySchema), ...errorResponses },
      },
    },
    (req) => cases.listCases(ctx, req.rc, req.query),
  );
  app.post(
    '/enforcement/cases',
    {
      config: write,
      schema: {
        tags,
        summary: '立案（行政处罚法 第五十四条；执法人员不少于两人，第四十二条）',
        body: createCaseBody,
        response: { 201: caseDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await cases.createCase(ctx, req.rc, req.body)),
  );
  app.get(
    '/enforcement/cases/clock-breaches',
    {
      config: read,
      schema: {
        tags,
        summary: '法定期限督办：执法机关已超期或临近期限的案件期限（含依据）',
        querystring: clockBreachesQuery,
        response: { 200: clockBreachesSchema, ...errorResponses },
      },
    },
    (req) => clockBreaches(ctx, req.rc, req.query.today),
  );
  app.get(
    '/enforcement/cases/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '案件详情：各环节记录、法定期限及依据、可办理的下一步',
        params: uuidParam,
        response: detail,
      },
    },
    (req) => cases.getCase(ctx, req.rc, req.params.id),
  );
  app.post(
    '/enforcement/cases/:id/steps',
    {
      config: {
        access: {
          permission: [
            'enforcement.case.investigate',
            'enforcement.case.legalReview',
            'enforcement.case.hearing',
            'enforcement.case.decide',
          ] as const,
        },
      },
      schema: {
        tags,
        summary: '办理案件的一步（状态机决定是否允许；非法步骤 409 并列出可办理的步骤）',
        params: uuidParam,
        body: caseStepBody,
        response: detail,
      },
    },
    (req) =>
      cases.takeStep(
        ctx,
        req.rc,
        req.params.id,
        req.body,
        ctx.config.publicOrigin ?? `${req.protocol}://${req.host}`,
      ),
  );
  app.get(
    '/enforcement/cases/:id/documents/:documentId/pdf',
    {
      config: read,
      schema: {
        tags,
        summary: '案件文书 PDF（告知书、决定书等；企业只能下载送达本企业的文书）',
        params: caseDocumentParams,
      },
    },
    async (req, reply) =>
      sendDownload(reply, {
        ...(await cases.caseDocumentFile(ctx, req.rc, req.params.id, req.params.documentId)),
        inline: true,
      }),
  );
  app.put(
    '/enforcement/cases/:id/penalty',
    {
      config: { access: { permission: 'enforcement.case.investigate' as const } },
      schema: {
        tags,
        summary: '拟定处罚：罚款须在法定幅度内；超出裁量基准或低于法定下限须记录理由',
        params: uuidParam,
        body: casePenaltyBody,
        response: detail,
      },
    },
    (req) => penalties.proposePenalty(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/enforcement/cases/:id/extensions',
    {
      config: { access: { permission: 'enforcement.case.decide' as const } },
      schema: {
        tags,
        summary: '经批准延长作出决定的期限（行政处罚法 第六十条）',
        params: uuidParam,
        body: caseExtensionBody,
        response: detail,
      },
    },
    (req) => penalties.extendDecision(ctx, req.rc, req.params.id, req.body as CaseExtensionInput),
  );

  app.get(
    '/enforcement/officers',
    {
      config: read,
      schema: {
        tags,
        summary: '执法人员库',
        querystring: listOfficersQuery,
        response: { 200: z.array(officerSchema), ...errorResponses },
      },
    },
    (req) => plans.listOfficers(ctx, req.rc, req.query.divisionCode),
  );
  app.post(
    '/enforcement/officers',
    {
      config: write,
      schema: {
        tags,
        summary: '登记执法人员（执法证号、对应账号、申报的利害关系企业）',
        body: createOfficerBody,
        response: { 201: officerSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await plans.createOfficer(ctx, req.rc, req.body)),
  );

  app.get(
    '/enforcement/benchmarks',
    {
      config: read,
      schema: {
        tags,
        summary: '行政处罚裁量基准（各执法部门录入的本部门文件）',
        response: { 200: z.array(savedBenchmarkSchema), ...errorResponses },
      },
    },
    (req) => plans.listBenchmarks(ctx, req.rc),
  );
  app.put(
    '/enforcement/benchmarks/:code',
    {
      config: write,
      schema: {
        tags,
        summary: '录入/修改本部门的裁量基准（各档须在法定幅度内）',
        params: benchmarkParams,
        body: benchmarkSchema,
        response: { 200: z.array(savedBenchmarkSchema), ...errorResponses },
      },
    },
    (req) => plans.saveBenchmark(ctx, req.rc, req.params.code, req.body),
  );

  app.get(
    '/enforcement/plans',
    {
      config: read,
      schema: {
        tags,
        summary: '年度监督检查计划（各月计划数、抽取数、完成数）',
        querystring: listInspectionPlansQuery,
        response: { 200: pageOf(inspectionPlanSchema), ...errorResponses },
      },
    },
    (req) => plans.listPlans(ctx, req.rc, req.query),
  );
  app.post(
    '/enforcement/plans',
    {
      config: write,
      schema: {
        tags,
        summary: '制定年度监督检查计划（按风险等级的检查频次、各月计划数、重点检查对象）',
        body: inspectionPlanBody,
        response: { 201: inspectionPlanSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await plans.createPlan(ctx, req.rc, req.body)),
  );
  app.get(
    '/enforcement/plans/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '检查计划详情与覆盖情况',
        params: uuidParam,
        response: { 200: inspectionPlanSchema, ...errorResponses },
      },
    },
    (req) => plans.getPlan(ctx, req.rc, req.params.id),
  );
  app.put(
    '/enforcement/plans/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改检查计划（部门、年度不可改）',
        params: uuidParam,
        body: inspectionPlanBody,
        response: { 200: inspectionPlanSchema, ...errorResponses },
      },
    },
    (req) => plans.updatePlan(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/enforcement/plans/:id/draws',
    {
      config: write,
      schema: {
        tags,
        summary: '双随机抽取：随机抽取检查对象和执法人员（记录种子与输入，可复现；排除回避和连续同组）并公开',
        params: uuidParam,
        body: inspectionDrawBody,
        response: { 201: inspectionDrawSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await plans.drawForPlan(ctx, req.rc, req.params.id, req.body)),
  );
  app.post(
    '/enforcement/plans/:id/draws/:drawId/inspected',
    {
      config: write,
      schema: {
        tags,
        summary: '登记抽取对象已检查（计入当月完成数）',
        params: drawParams,
        body: assignmentDoneBody,
        response: { 200: inspectionDrawSchema, ...errorResponses },
      },
    },
    (req) => plans.markInspected(ctx, req.rc, req.params.id, req.params.drawId, req.body),
  );
  app.get(
    '/enforcement/draws',
    {
      config: read,
      schema: {
        tags,
        summary: '已公开的双随机抽取结果（含种子、算法和输入，任何人可复算）',
        querystring: listDrawsQuery,
        response: { 200: z.array(inspectionDrawSchema), ...errorResponses },
      },
    },
    (req) => plans.listDraws(ctx, req.rc, req.query.planId),
  );
}
