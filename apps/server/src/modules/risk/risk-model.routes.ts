import { z } from 'zod';
import {
  createCheckRecordBody,
  createCheckTaskBody,
  createRiskEventBody,
  createRiskMeasureBody,
  createRiskObjectBody,
  createRiskUnitBody,
  riskExportQuery,
  riskListQuery,
  uuidParam,
  riskMapSchema,
  publicRiskUnitSchema,
  revealedPhoneSchema,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { publicUnit, unitCardPdf } from './risk-card.ts';
import { riskExportSchema, riskExportTables, riskExportXlsx, riskMap } from './risk-export.ts';
import {
  checkRecordSchema,
  checkTaskSchema,
  riskEventSchema,
  riskMeasureSchema,
  riskObjectSchema,
  riskUnitDetailSchema,
  riskUnitSchema,
} from '@anjian/domain';
import * as risk from './risk-model.service.ts';
import * as tasks from './risk-task.service.ts';
import { created, sendDownload } from '../../platform/http/reply.ts';

const tags = ['risk'];
const items = <T extends z.ZodType>(s: T) => z.object({ items: z.array(s) });
export const taskDetailSchema = checkTaskSchema.extend({ records: z.array(checkRecordSchema) });
/** The 双重预防 risk model: 风险分析对象 → 单元 → 事件 → 管控措施 → 排查任务 → 排查记录; card, export, map. */
export function registerRiskModelRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'risk.read' as const } };
  const write = { access: { permission: 'risk.write' as const } };
  const createdResponse = <T extends z.ZodType>(s: T) => ({ 201: s, ...errorResponses });
  const ok = <T extends z.ZodType>(s: T) => ({ 200: s, ...errorResponses });

  app.get(
    '/risk/objects',
    {
      config: read,
      schema: {
        tags,
        summary: '风险分析对象列表',
        querystring: riskListQuery,
        response: ok(items(riskObjectSchema)),
      },
    },
    (req) => risk.listObjects(ctx, req.rc, req.query),
  );
  app.post(
    '/risk/objects',
    {
      config: write,
      schema: {
        tags,
        summary: '新建风险分析对象（重大危险源/设施设备/作业活动/场所）',
        body: createRiskObjectBody,
        response: createdResponse(riskObjectSchema),
      },
    },
    async (req, reply) => created(reply, await risk.createObject(ctx, req.rc, req.body)),
  );
  app.get(
    '/risk/objects/:id',
    {
      config: read,
      schema: { tags, summary: '风险分析对象', params: uuidParam, response: ok(riskObjectSchema) },
    },
    (req) => risk.getObject(ctx, req.rc, req.params.id),
  );

  app.get(
    '/risk/units',
    {
      config: read,
      schema: {
        tags,
        summary: '风险分析单元列表（等级取其风险事件最高等级）',
        querystring: riskListQuery,
        response: ok(items(riskUnitSchema)),
      },
    },
    (req) => risk.listUnits(ctx, req.rc, req.query),
  );
  app.post(
    '/risk/units',
    {
      config: write,
      schema: {
        tags,
        summary: '新建风险分析单元',
        body: createRiskUnitBody,
        response: createdResponse(riskUnitDetailSchema),
      },
    },
    async (req, reply) => created(reply, await risk.createUnit(ctx, req.rc, req.body)),
  );
  app.get(
    '/risk/units/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '风险分析单元详情（风险事件、管控措施、排查任务）',
        params: uuidParam,
        response: ok(riskUnitDetailSchema),
      },
    },
    (req) => risk.getUnit(ctx, req.rc, req.params.id),
  );
  app.post(
    '/risk/units/:id/reveal-phone',
    {
      config: read,
      schema: {
        tags,
        summary: '查看风险分析单元联系电话原文（列表中为脱敏显示；查看记入审计，PI-02）',
        params: uuidParam,
        response: ok(revealedPhoneSchema),
      },
    },
    (req) => risk.revealUnitPhone(ctx, req.rc, req.params.id),
  );
  app.get(
    '/risk/units/:id/card.pdf',
    {
      config: read,
      schema: {
        tags,
        summary: '风险告知卡（PDF，含二维码）',
        params: uuidParam,
        response: { 200: z.any().describe('PDF'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await unitCardPdf(
        ctx,
        req.rc,
        req.params.id,
        ctx.config.publicOrigin ?? `${req.protocol}://${req.host}`,
      );
      return sendDownload(reply, { ...file, inline: true });
    },
  );

  app.post(
    '/risk/events',
    {
      config: write,
      schema: {
        tags,
        summary: '新建安全风险事件（LEC 或 L×S 评价）',
        body: createRiskEventBody,
        response: createdResponse(riskEventSchema),
      },
    },
    async (req, reply) => created(reply, await risk.createEvent(ctx, req.rc, req.body)),
  );
  app.get(
    '/risk/events/:id',
    {
      config: read,
      schema: { tags, summary: '安全风险事件', params: uuidParam, response: ok(riskEventSchema) },
    },
    (req) => risk.getEvent(ctx, req.rc, req.params.id),
  );

  app.post(
    '/risk/measures',
    {
      config: write,
      schema: {
        tags,
        summary: '新建管控措施（可同时生成隐患排查任务）',
        body: createRiskMeasureBody,
        response: createdResponse(riskMeasureSchema),
      },
    },
    async (req, reply) => created(reply, await risk.createMeasure(ctx, req.rc, req.body)),
  );
  app.get(
    '/risk/measures/:id',
    {
      config: read,
      schema: { tags, summary: '管控措施', params: uuidParam, response: ok(riskMeasureSchema) },
    },
    (req) => risk.getMeasure(ctx, req.rc, req.params.id),
  );

  app.get(
    '/risk/tasks',
    {
      config: read,
      schema: {
        tags,
        summary: '隐患排查任务（下次排查时间由最近记录推算，逾期实时判定）',
        querystring: riskListQuery,
        response: ok(items(checkTaskSchema)),
      },
    },
    (req) => tasks.listTasks(ctx, req.rc, req.query),
  );
  app.post(
    '/risk/tasks',
    {
      config: write,
      schema: {
        tags,
        summary: '为管控措施生成隐患排查任务（周期：数值 + 小时/天/周/月/年）',
        body: createCheckTaskBody,
        response: createdResponse(taskDetailSchema),
      },
    },
    async (req, reply) => created(reply, await tasks.createTask(ctx, req.rc, req.body)),
  );
  app.get(
    '/risk/tasks/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '隐患排查任务（含排查记录）',
        params: uuidParam,
        response: ok(taskDetailSchema),
      },
    },
    (req) => tasks.getTask(ctx, req.rc, req.params.id),
  );
  app.post(
    '/risk/tasks/:id/records',
    {
      config: write,
      schema: {
        tags,
        summary: '排查记录（正常 / 发现隐患并关联隐患）',
        description: '排查记录是管控证据：写入后不可修改或删除，其所在的任务及上级也因此不能删除（409）。',
        params: uuidParam,
        body: createCheckRecordBody,
        response: createdResponse(taskDetailSchema),
      },
    },
    async (req, reply) => created(reply, await tasks.createRecord(ctx, req.rc, req.params.id, req.body)),
  );

  app.get(
    '/risk/export',
    {
      config: read,
      schema: {
        tags,
        summary:
          '按省级平台接口格式导出（风险分析单元、风险事件、管控措施、排查任务、排查记录、隐患治理信息）',
        querystring: riskExportQuery,
        response: { 200: riskExportSchema.or(z.any()), ...errorResponses },
      },
    },
    async (req, reply) => {
      const tables = await riskExportTables(ctx, req.rc, req.query);
      if (req.query.format === 'json') return tables;
      return sendDownload(reply, { filename: '双重预防数据.xlsx', buffer: await riskExportXlsx(tables) });
    },
  );
  app.get(
    '/risk/map',
    {
      config: read,
      schema: { tags, summary: '区域四色图：企业风险等级与坐标、各单元颜色', response: ok(riskMapSchema) },
    },
    (req) => riskMap(ctx, req.rc),
  );

  app.get(
    '/public/risk-units/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '风险告知卡公开页数据（扫码，无需登录，仅非敏感信息）',
        params: uuidParam,
        response: ok(publicRiskUnitSchema),
      },
    },
    (req) => publicUnit(ctx, req.params.id),
  );
}
